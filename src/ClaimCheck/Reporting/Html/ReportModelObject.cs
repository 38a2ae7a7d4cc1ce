using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// An object of the template model: reading a member it does not have is an error (CC0502 at the template's line),
/// so a typo such as <c>{{ s.titel }}</c> fails loudly instead of rendering an empty page. Absent values are members
/// whose value is null, so templates still test them with <c>if</c>.
/// </summary>
// Performance: Scriban's ScriptObject(int) imports the static members of a derived type by reflection on every
// construction; this type has none to import, and the page builds one object per claim, finding and source.
internal sealed class ReportModelObject(int capacity) : ScriptObject(capacity, autoImportStaticsFromThisType: false)
{
    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        throw new ScriptRuntimeException(span, $"the report model has no member '{member}' here (docs/html-report.md lists the names)");
    }
}
