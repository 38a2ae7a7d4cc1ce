using System.Collections.Immutable;
using System.Reflection;

namespace ClaimCheck.Core;

/// <summary>One kind of diagnostic: its stable code, default severity, title and where it is documented.</summary>
/// <param name="Code">The stable code, <c>CCnnnn</c>; a code never changes meaning once released.</param>
/// <param name="DefaultSeverity">The severity it has unless its rule says otherwise (noted in the docs).</param>
/// <param name="Title">What it means, in one sentence.</param>
internal sealed record DiagnosticDescriptor(string Code, Severity DefaultSeverity, string Title)
{
    /// <summary>Where the code is explained, with an example and the fix.</summary>
    public string HelpLink => "docs/diagnostics.md#" + Code.ToLowerInvariant();

    /// <summary>A diagnostic of this kind at <paramref name="at"/>, with its default severity.</summary>
    public Diagnostic At(SourcePosition at, string message) => new(DefaultSeverity, Code, message, at);

    /// <summary>A warning of this kind where its documentation names a milder case (a folder reached again, a second YAML document).</summary>
    public Diagnostic WarningAt(SourcePosition at, string message) => new(Severity.Warning, Code, message, at);

    /// <summary>An error of this kind where its documentation names a graver case.</summary>
    public Diagnostic ErrorAt(SourcePosition at, string message) => new(Severity.Error, Code, message, at);
}

/// <summary>
/// Every diagnostic ClaimCheck reports, in one table (as Roslyn keeps its descriptors). docs/diagnostics.md lists the
/// same codes; tests/ClaimCheck.Tests/Docs/DiagnosticTableTests.cs fails when a code is used, documented or listed
/// in one place and not the others.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>CC0001.</summary>
    public static DiagnosticDescriptor Unreadable { get; } = new("CC0001", Severity.Error, "A path or file cannot be read: missing, no permission, or a folder reached again through a link");

    /// <summary>CC0002.</summary>
    public static DiagnosticDescriptor NotUtf8 { get; } = new("CC0002", Severity.Error, "The bytes are not UTF-8");

    /// <summary>CC0003.</summary>
    public static DiagnosticDescriptor EmptyFile { get; } = new("CC0003", Severity.Error, "The file has no YAML content");

    /// <summary>CC0004.</summary>
    public static DiagnosticDescriptor YamlSyntax { get; } = new("CC0004", Severity.Error, "YAML syntax error (the file is not used)");

    /// <summary>CC0005.</summary>
    public static DiagnosticDescriptor UnknownFileKind { get; } = new("CC0005", Severity.Error, "Neither a claim file (`source` + `claims`) nor a registry (`subjects`, `within`, `rates`)");

    /// <summary>CC0006.</summary>
    public static DiagnosticDescriptor DuplicateKey { get; } = new("CC0006", Severity.Error, "A key appears twice in one mapping; the later one is ignored");

    /// <summary>CC0007.</summary>
    public static DiagnosticDescriptor LimitExceeded { get; } = new("CC0007", Severity.Error, "A limit was crossed (file size, nesting depth, alias expansion, YAML nodes, claims per file); the file is not used");

    /// <summary>CC0008.</summary>
    public static DiagnosticDescriptor UnsupportedYaml { get; } = new("CC0008", Severity.Error, "YAML ClaimCheck does not read: a mapping or list used as a key (error); several documents in one file (warning: only the first is read)");

    /// <summary>CC0009.</summary>
    public static DiagnosticDescriptor NoFiles { get; } = new("CC0009", Severity.Error, "No `*.yaml`/`*.yml` file under the given paths");

    /// <summary>CC0101.</summary>
    public static DiagnosticDescriptor MissingKey { get; } = new("CC0101", Severity.Error, "A required key is missing or empty (`source`, `claims`, `id`, `title`, `subject`)");

    /// <summary>CC0102.</summary>
    public static DiagnosticDescriptor UnknownKey { get; } = new("CC0102", Severity.Error, "A key that is not part of the format, with the closest known key");

    /// <summary>CC0103.</summary>
    public static DiagnosticDescriptor WrongNodeType { get; } = new("CC0103", Severity.Error, "A mapping, list or text where another belongs");

    /// <summary>CC0104.</summary>
    public static DiagnosticDescriptor InvalidId { get; } = new("CC0104", Severity.Error, "An id that is not `[a-z0-9][a-z0-9-]*`");

    /// <summary>CC0105.</summary>
    public static DiagnosticDescriptor InvalidSubjectKey { get; } = new("CC0105", Severity.Error, "A subject key (or alias) that is not dotted lowercase segments");

    /// <summary>CC0106.</summary>
    public static DiagnosticDescriptor ValueOrCompare { get; } = new("CC0106", Severity.Error, "A claim with both `value` and `compare`, or neither");

    /// <summary>CC0107.</summary>
    public static DiagnosticDescriptor InvalidStatus { get; } = new("CC0107", Severity.Error, "A status that is not `reported`, `planned`, `target`, `estimate`");

    /// <summary>CC0108.</summary>
    public static DiagnosticDescriptor InvalidUrl { get; } = new("CC0108", Severity.Error, "A URL that is not absolute http(s) (`javascript:`, no scheme); the source is kept without it");

    /// <summary>CC0109.</summary>
    public static DiagnosticDescriptor InvalidDate { get; } = new("CC0109", Severity.Error, "A date that is not a real `YYYY-MM-DD` date; the source is kept without it");

    /// <summary>CC0110.</summary>
    public static DiagnosticDescriptor DuplicateClaimId { get; } = new("CC0110", Severity.Error, "Two claims with one id in a file; the first is kept");

    /// <summary>CC0111.</summary>
    public static DiagnosticDescriptor DuplicateSourceId { get; } = new("CC0111", Severity.Error, "Two sources with one id in the corpus; the first file (by path) is kept");

    /// <summary>CC0112.</summary>
    public static DiagnosticDescriptor ClaimsSkipped { get; } = new("CC0112", Severity.Warning, "A file's claims are not used because its source is invalid or a duplicate (says how many)");

    /// <summary>CC0120.</summary>
    public static DiagnosticDescriptor ArticleUnreadable { get; } = new("CC0120", Severity.Error, "The article named by `source.text` cannot be used: missing, not .txt/.md/.html, a URL, over the size limit, not UTF-8, binary, empty, or HTML with no article body");

    /// <summary>CC0121.</summary>
    public static DiagnosticDescriptor QuoteNotInArticle { get; } = new("CC0121", Severity.Warning, "A quote that is not in the source's article (after normalising whitespace, quotes, dashes and case); names the closest passage");

    /// <summary>CC0122.</summary>
    public static DiagnosticDescriptor QuoteInSkippedLine { get; } = new("CC0122", Severity.Warning, "A quote that lies in text that is not part of the article (a line or line prefix in another script or language, such as injected advertising)");

    /// <summary>CC0201.</summary>
    public static DiagnosticDescriptor DuplicateRegistryKey { get; } = new("CC0201", Severity.Error, "A subject, containment entry or rate defined twice across registries (they merge)");

    /// <summary>CC0202.</summary>
    public static DiagnosticDescriptor AliasClash { get; } = new("CC0202", Severity.Error, "An alias that is another subject's key or alias");

    /// <summary>CC0203.</summary>
    public static DiagnosticDescriptor InvalidRegistryValue { get; } = new("CC0203", Severity.Error, "A registry value of the wrong form: `kind`, `single`, `timeless`, `tolerance`, a rate's currency, year or amount");

    /// <summary>CC0205.</summary>
    public static DiagnosticDescriptor WithinCycle { get; } = new("CC0205", Severity.Error, "Containment that loops (`A: B`, `B: A`)");

    /// <summary>CC0210.</summary>
    public static DiagnosticDescriptor UnknownRegistryUnit { get; } = new("CC0210", Severity.Error, "A subject's `unit` is no unit of the catalogue, currency, `%` or `date`");

    /// <summary>CC0211.</summary>
    public static DiagnosticDescriptor ImplausibleRate { get; } = new("CC0211", Severity.Error, "A rate outside any plausible range of units per 1 USD");

    /// <summary>CC0301.</summary>
    public static DiagnosticDescriptor BadQuantity { get; } = new("CC0301", Severity.Error, "A value of a subject the registry declares `kind: quantity` does not read as a quantity; the column points where reading stopped");

    /// <summary>CC0302.</summary>
    public static DiagnosticDescriptor BadPeriod { get; } = new("CC0302", Severity.Error, "A period is not one of the contract's forms; the claim is then treated as unresolved (it may overlap anything, so a conflict resting on it is only a tension)");

    /// <summary>CC0303.</summary>
    public static DiagnosticDescriptor BadComparison { get; } = new("CC0303", Severity.Error, "A `compare` does not read as `[qualifier] OP-OR-FACTOR SUBJECT-KEY`; the comparison is not checked");

    /// <summary>CC0304.</summary>
    public static DiagnosticDescriptor CompareWithoutValues { get; } = new("CC0304", Severity.Warning, "A comparison names a subject that no claim and no registry entry names, and that is a near miss of one that is known (a likely typo). A baseline the articles give no figure for is normal and not reported: the report shows the comparison as unchecked");

    /// <summary>CC0305.</summary>
    public static DiagnosticDescriptor MixedDimensions { get; } = new("CC0305", Severity.Warning, "Values of one subject measure different things (a length and a percentage, money per year and money); the minority is named and left out of the comparison");

    /// <summary>CC0306.</summary>
    public static DiagnosticDescriptor MixedKinds { get; } = new("CC0306", Severity.Warning, "Some values of a subject read as quantities and others as categories (kind inferred); they are not compared with each other");

    /// <summary>CC0310.</summary>
    public static DiagnosticDescriptor QuantityReadAsLabel { get; } = new("CC0310", Severity.Warning, "A value starts like a quantity but does not read, in a subject whose other values are labels; it is compared as a label");

    /// <summary>CC0311.</summary>
    public static DiagnosticDescriptor MissingRate { get; } = new("CC0311", Severity.Error, "Money in a currency, or of a year, the rate tables do not cover");

    /// <summary>CC0312.</summary>
    public static DiagnosticDescriptor UnknownUnit { get; } = new("CC0312", Severity.Warning, "A word after a figure is no unit of the catalogue, in a subject that measures a dimension");

    /// <summary>CC0313.</summary>
    public static DiagnosticDescriptor OutOfRange { get; } = new("CC0313", Severity.Error, "A figure larger than any value can hold (`1e312 trillion`, a 400-digit number); the value is not compared and never becomes a label");

    /// <summary>CC0314.</summary>
    public static DiagnosticDescriptor YearlessDate { get; } = new("CC0314", Severity.Warning, "A day and month without a year (`April 15`) that neither the claim's period, the subject's other dates nor the article's date places in a year; it is compared as a label, not as a date");

    /// <summary>CC0340.</summary>
    public static DiagnosticDescriptor SelfComparison { get; } = new("CC0340", Severity.Error, "A `compare` names its own subject, directly or through an alias; the claim is reported but takes part in no finding");

    /// <summary>CC0501.</summary>
    public static DiagnosticDescriptor TemplateUnreadable { get; } = new("CC0501", Severity.Error, "the template cannot be read, or does not parse (file, 1-based line and column of the error)");

    /// <summary>CC0502.</summary>
    public static DiagnosticDescriptor TemplateFailed { get; } = new("CC0502", Severity.Error, "the template failed while rendering (e.g. a failing `include`, runaway recursion)");

    /// <summary>CC0503.</summary>
    public static DiagnosticDescriptor ReportPathUnusable { get; } = new("CC0503", Severity.Error, "A report path that cannot be written: a folder, a device or a pipe, an input file, or a path two reports share; nothing is written");

    /// <summary>CC0601.</summary>
    public static DiagnosticDescriptor ImportUnreadable { get; } = new("CC0601", Severity.Error, "The table cannot be read: missing, a folder, a device or pipe (never opened), unreadable, not UTF-8, binary (a NUL byte) or empty");

    /// <summary>CC0602.</summary>
    public static DiagnosticDescriptor ImportMissingColumn { get; } = new("CC0602", Severity.Error, "The header lacks `source`, `subject`, or both `value` and `compare`; nothing is imported");

    /// <summary>CC0603.</summary>
    public static DiagnosticDescriptor ImportUnknownColumn { get; } = new("CC0603", Severity.Warning, "A column that is not part of the format (warning, ignored) or a column named twice (error, the second ignored)");

    /// <summary>CC0604.</summary>
    public static DiagnosticDescriptor ImportMissingCell { get; } = new("CC0604", Severity.Error, "A row without a source or subject, or with both or neither of `value` and `compare`");

    /// <summary>CC0605.</summary>
    public static DiagnosticDescriptor ImportNoValidId { get; } = new("CC0605", Severity.Error, "No valid id or key can be made from a source name, subject or claim id (no letter a-z or digit)");

    /// <summary>CC0606.</summary>
    public static DiagnosticDescriptor ImportInvalidStatus { get; } = new("CC0606", Severity.Error, "A status other than reported, planned, target, estimate");

    /// <summary>CC0607.</summary>
    public static DiagnosticDescriptor ImportInvalidUrl { get; } = new("CC0607", Severity.Error, "A url that is not absolute http or https");

    /// <summary>CC0608.</summary>
    public static DiagnosticDescriptor ImportInvalidDate { get; } = new("CC0608", Severity.Error, "A published date that is not a real `YYYY-MM-DD` date");

    /// <summary>CC0609.</summary>
    public static DiagnosticDescriptor ImportSourceMismatch { get; } = new("CC0609", Severity.Warning, "A row gives a source's title, outlet, url or date differently from an earlier row; the first is kept");

    /// <summary>CC0610.</summary>
    public static DiagnosticDescriptor ImportDuplicateClaimId { get; } = new("CC0610", Severity.Warning, "A claim id given twice for one source; the later claim gets `-2`, `-3`…");

    /// <summary>CC0611.</summary>
    public static DiagnosticDescriptor ImportWriteFailed { get; } = new("CC0611", Severity.Error, "A claim file cannot be written (or exists and overwriting is off)");

    /// <summary>CC0612.</summary>
    public static DiagnosticDescriptor ImportOverLimit { get; } = new("CC0612", Severity.Error, "The table is over a limit: larger than 64 MiB or more than 1,000,000 rows; nothing is imported");

    /// <summary>CC0700.</summary>
    public static DiagnosticDescriptor DraftGivenUrl { get; } = new("CC0700", Severity.Error, "`draft` was given a URL; the tool never fetches pages");

    /// <summary>CC0701.</summary>
    public static DiagnosticDescriptor DraftArticleUnreadable { get; } = new("CC0701", Severity.Error, "`draft` cannot read the article: missing, not .txt/.md/.html, over 8 MiB, not UTF-8, binary, empty, or HTML with no article body");

    /// <summary>CC0702.</summary>
    public static DiagnosticDescriptor DraftWouldOverwrite { get; } = new("CC0702", Severity.Error, "`draft` would overwrite an existing file (without --force) or the article itself");

    /// <summary>Every descriptor, by code: the properties above, found once by reflection so the table is written once.</summary>
    public static ImmutableSortedDictionary<string, DiagnosticDescriptor> All { get; } = typeof(DiagnosticDescriptors)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
        .Select(p => (DiagnosticDescriptor)p.GetValue(null)!)
        .ToImmutableSortedDictionary(d => d.Code, d => d, StringComparer.Ordinal);

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    public static DiagnosticDescriptor Of(string code) => All[code];
}
