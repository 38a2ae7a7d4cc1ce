using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// A Scriban context whose every <c>{{ }}</c> output is HTML-escaped unless it is an
/// <see cref="HtmlRaw"/> value (made by the writer, or by a template's <c>raw</c> function).
/// Literal template text is written as it is. Culture is invariant; loops and output size are not limited
/// below what a large report needs, and nothing is ever silently truncated.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Most turns of one template loop.</summary>
    internal const int MaxLoop = 1_000_000;

    /// <summary>Longest a render may take.</summary>
    internal static readonly TimeSpan MaxRender = TimeSpan.FromMinutes(2);

    private readonly CancellationTokenSource timeout;

    public HtmlTemplateContext(ScriptObject model, TimeSpan? maxRender = null)
    {
        timeout = new(maxRender ?? MaxRender);
        var functions = new ScriptObject();
        functions.Import("raw", new Func<object?, HtmlRaw>(v => v as HtmlRaw ?? new HtmlRaw(v?.ToString() ?? string.Empty)));
        PushGlobal(functions);
        PushGlobal(model);
        PushCulture(CultureInfo.InvariantCulture);
        // Bounded: a loop of over a million turns ({{ while true }}) and a render of over two minutes end as CC0502.
        // The built-in template's longest loop is one section's cards (at most 1,000) or the diagnostics (100 per code).
        LoopLimit = MaxLoop;
        CancellationToken = timeout.Token;

        // Scriban 7 silently truncates output and strings at 1 MiB by default: a large report must
        // never be cut short, so lift the string limit and fail loudly (CC0502) beyond 512 Mi chars.
        LimitToString = 0;
        OutputLimit = 512 * 1024 * 1024;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RecursiveLimit = 100;
        NewLine = "\n";
        StrictVariables = true; // a typo in a template ({{ s.titel }}) is a CC0502 error, not an empty page
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlRaw raw:
                Write(raw.Html);
                return this;
            default:
                WriteEscaped(ObjectToString(textAsObject));
                return this;
        }
    }

    // Writes the plain runs and the entities straight to the output: no escaped copy of the text.
    private void WriteEscaped(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var start = 0;
        while (start < text.Length)
        {
            var special = text.AsSpan(start).IndexOfAny(HtmlText.Special);
            if (special < 0)
            {
                Write(text, start, text.Length - start);
                return;
            }

            if (special > 0) Write(text, start, special);
            Write(HtmlText.Entity(text[start + special]));
            start += special + 1;
        }
    }
}
