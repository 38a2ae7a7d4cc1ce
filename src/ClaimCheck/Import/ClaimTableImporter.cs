using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using CsvHelper;

namespace ClaimCheck.Import;

/// <summary>
/// <c>claimcheck import</c> (contract section 4): turns a CSV or TSV table of claims into claim
/// files, one per source, that validate with <see cref="ClaimCorpus.Load"/>. Free-text source names,
/// subjects and claim ids become valid ids and keys, and each file says in comments what each was
/// made from. Rows that cannot be imported are reported as <c>table.csv(ROW,COL): error CC06nn: ...</c>
/// (ROW: the 1-based line of the row in the table, the header being line 1; COL: the 1-based column)
/// and every other row is still written.
/// </summary>
internal static class ClaimTableImporter
{
    /// <summary>Every column the importer reads; any order, names case-insensitive.</summary>
    public static ImmutableArray<string> Columns { get; } =
        ["source", "subject", "value", "compare", "period", "status", "quote", "note", "id", "title", "outlet", "url", "published"];


    /// <summary>Imports <paramref name="tablePath"/> into claim files in <paramref name="outDir"/> (created if missing).</summary>
    /// <param name="tablePath">The table (CSV, or TSV by <c>.tsv</c> extension or a tab in the header line).</param>
    /// <param name="outDir">The folder the claim files are written to, one <c>SOURCE-ID.yaml</c> per source.</param>
    /// <param name="options">Delimiter, overwrite and base-directory choices; defaults when null.</param>
    /// <returns>The files written and every diagnostic. Never throws on bad input.</returns>
    public static ImportResult Import(string tablePath, string outDir, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tablePath);
        ArgumentNullException.ThrowIfNull(outDir);
        options ??= new ImportOptions();
        var baseDirectory = Path.GetFullPath(options.BaseDirectory ?? Environment.CurrentDirectory);
        var table = Path.GetFullPath(tablePath, baseDirectory);
        var shown = Display(table, baseDirectory);
        var run = new ImportRun(shown);

        List<TableRow>? rows;
        string[] header;
        try
        {
            if (ReadText(table, options, run) is not { } text) return run.Result([]);
            var delimiter = options.Delimiter ?? DetectDelimiter(table, text);
            (header, rows) = ReadTable(text, delimiter, options, run);
            if (rows is null) return run.Result([]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException or InvalidDataException)
        {
            run.Error(DiagnosticDescriptors.ImportUnreadable.Code, 1, 1, "the table cannot be read: " + Shown(e.Message.Split('\n')[0].Trim()));
            return run.Result([]);
        }

        if (header.Length == 0)
        {
            run.Error(DiagnosticDescriptors.ImportUnreadable.Code, 1, 1, "the table is empty; its first line must name the columns: " + string.Join(", ", Columns));
            return run.Result([]);
        }

        var columns = ReadHeader(header, run);
        if (columns is null) return run.Result([]);

        var sources = new SortedDictionary<string, SourceDraft>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Fields.All(string.IsNullOrWhiteSpace)) continue;
            ImportRow(row, columns, sources, run);
        }

        var outFolder = Path.GetFullPath(outDir, baseDirectory);
        var written = new List<string>();
        foreach (var source in sources.Values)
        {
            var file = Path.Combine(outFolder, source.Id + ".yaml");
            if (!options.Overwrite && File.Exists(file))
            {
                run.Error(DiagnosticDescriptors.ImportWriteFailed.Code, source.FirstLine, columns["source"] + 1,
                    $"'{Shown(Display(file, baseDirectory))}' already exists; its {source.Claims.Count} claim(s) were not written (allow overwriting, or import into another folder)");
                run.NotWritten(source.Claims.Count);
                continue;
            }

            try
            {
                Directory.CreateDirectory(outFolder);
                File.WriteAllText(file, ClaimFileText(source, shown), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                written.Add(Display(file, baseDirectory));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                run.Error(DiagnosticDescriptors.ImportWriteFailed.Code, source.FirstLine, columns["source"] + 1,
                    $"cannot write '{Shown(Display(file, baseDirectory))}': {Shown(e.Message)}");
                run.NotWritten(source.Claims.Count);
            }
        }

        return run.Result(written);
    }

    private static string Display(string fullPath, string baseDirectory) => DisplayPath.Of(fullPath, baseDirectory);

    /// <summary>
    /// The table's text, read within <see cref="ImportOptions.MaxTableBytes"/>, or null with the reason: missing, a folder,
    /// a device, pipe or socket (never opened: a FIFO would block, <c>/dev/zero</c> never ends), over the limit (CC0612,
    /// where it was crossed), not UTF-8 or holding a NUL byte (a binary file).
    /// </summary>
    private static string? ReadText(string table, ImportOptions options, ImportRun run)
    {
        if (Directory.Exists(table))
        {
            run.Error(DiagnosticDescriptors.ImportUnreadable.Code, 1, 1, "is a folder; give the table's file");
            return null;
        }

        if (!File.Exists(table))
        {
            run.Error(DiagnosticDescriptors.ImportUnreadable.Code, 1, 1, "no such file");
            return null;
        }

        if (UnixFileType.Of(table) is { } type && type != UnixFileType.Regular)
        {
            run.Error(DiagnosticDescriptors.ImportUnreadable.Code, 1, 1, "not a regular file (a device, a pipe or a socket); it is not opened");
            return null;
        }

        var limit = options.MaxTableBytes;
        byte[] bytes;
        using (var stream = new FileStream(table, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1))
        {
            // The length a file reports is not trusted (one that grows, a link to a device): the read itself stops past the limit.
            var buffer = new MemoryStream((int)Math.Min(Math.Max(stream.Length, 0) + 1, limit + 1));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    var (line, column) = LineAndColumn(buffer.GetBuffer().AsSpan(0, (int)limit));
                    run.Error(DiagnosticDescriptors.ImportOverLimit.Code, line, column, string.Create(CultureInfo.InvariantCulture,
                        $"the table is larger than the limit of {limit} bytes ({limit / (1024 * 1024)} MiB, ImportOptions.MaxTableBytes), crossed here; nothing is imported: split the table"));
                    return null;
                }
            }

            bytes = buffer.ToArray();
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        if (span.IndexOf((byte)0) is var nul and >= 0)
        {
            var (line, column) = LineAndColumn(span[..nul]);
            run.Error(DiagnosticDescriptors.ImportUnreadable.Code, line, column, "the table holds a NUL byte: it is a binary file, not a CSV or TSV table");
            return null;
        }

        var chars = new char[span.Length];
        if (System.Text.Unicode.Utf8.ToUtf16(span, chars, out var valid, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
            return new string(chars, 0, written);
        var (badLine, badColumn) = LineAndColumn(span[..valid]);
        run.Error(DiagnosticDescriptors.ImportUnreadable.Code, badLine, badColumn, string.Create(CultureInfo.InvariantCulture,
            $"byte 0x{span[valid]:X2} is not UTF-8; save the table as UTF-8 (CSV UTF-8 in a spreadsheet)"));
        return null;
    }

    // The 1-based line and column (in characters) just after the bytes given.
    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> before)
    {
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1;
        var tail = before[(lastNewline + 1)..];
        return (line, Encoding.UTF8.GetCharCount(tail) + 1);
    }

    private static char DetectDelimiter(string table, string text)
    {
        if (string.Equals(Path.GetExtension(table), ".tsv", StringComparison.OrdinalIgnoreCase)) return '\t';
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
    }

    /// <summary>A cell or name as messages quote it: at most 60 characters, so a huge cell cannot make a huge message.</summary>
    internal static string Shown(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");

    private static (string[] Header, List<TableRow>? Rows) ReadTable(string text, char delimiter, ImportOptions importOptions, ImportRun run)
    {
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A quote at the start of a field opens a quoted field (RFC 4180; spreadsheets quote TSV cells the same way).
            Mode = CsvMode.Rfc4180,
        };
        using var csv = CsvReader.FromText(text, options);
        string[] header = [];
        var rows = new List<TableRow>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (rows.Count >= importOptions.MaxRows)
            {
                run.Error(DiagnosticDescriptors.ImportOverLimit.Code, line, 1, string.Create(CultureInfo.InvariantCulture,
                    $"the table has more than {importOptions.MaxRows} rows (ImportOptions.MaxRows); the first over the limit is here; nothing is imported: split the table"));
                return (header, null);
            }

            var fields = csv.Current.ToArray();
            if (header.Length == 0 && rows.Count == 0 && fields.Length > 0 && !fields.All(string.IsNullOrWhiteSpace))
            {
                header = fields;
                continue;
            }

            rows.Add(new TableRow(line, fields));
        }

        return (header, rows);
    }

    private static Dictionary<string, int>? ReadHeader(string[] header, ImportRun run)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (name.Length == 0) continue;
            if (!Columns.Contains(name))
            {
                var hint = Suggestions.Closest(name, Columns) is { } close ? $"; did you mean '{close}'?" : "";
                run.Warning(DiagnosticDescriptors.ImportUnknownColumn.Code, 1, i + 1, $"unknown column '{Shown(header[i].Trim())}' is ignored{hint} (columns: {string.Join(", ", Columns)})");
            }
            else if (!columns.TryAdd(name, i))
            {
                run.Error(DiagnosticDescriptors.ImportUnknownColumn.Code, 1, i + 1, $"column '{name}' is named twice (first in column {columns[name] + 1}); this one is ignored");
            }
        }

        var missing = new List<string>();
        if (!columns.ContainsKey("source")) missing.Add("'source'");
        if (!columns.ContainsKey("subject")) missing.Add("'subject'");
        if (!columns.ContainsKey("value") && !columns.ContainsKey("compare")) missing.Add("'value' or 'compare'");
        if (missing.Count == 0) return columns;
        run.Error(DiagnosticDescriptors.ImportMissingColumn.Code, 1, 1,
            $"the header has no {string.Join(", no ", missing)} column; the first line must name the columns (found: {string.Join(", ", header.Take(20).Select(h => "'" + Shown(h.Trim()) + "'"))}{(header.Length > 20 ? string.Create(CultureInfo.InvariantCulture, $" and {header.Length - 20} more") : "")})");
        return null;
    }

    private static void ImportRow(TableRow row, Dictionary<string, int> columns, SortedDictionary<string, SourceDraft> sources, ImportRun run)
    {
        string? Cell(string name) =>
            columns.TryGetValue(name, out var i) && i < row.Fields.Length && !string.IsNullOrWhiteSpace(row.Fields[i]) ? row.Fields[i].Trim() : null;
        int Col(string name) => columns.TryGetValue(name, out var i) ? i + 1 : 1;

        var errors = run.ErrorCount;
        var sourceText = Cell("source");
        var sourceId = sourceText is null ? "" : IdSlug.Id(sourceText);
        if (sourceText is null) run.Error(DiagnosticDescriptors.ImportMissingCell.Code, row.Line, Col("source"), "row has no source; give the article's name or id");
        else if (sourceId.Length == 0) run.Error(DiagnosticDescriptors.ImportNoValidId.Code, row.Line, Col("source"), $"no source id can be made from '{Shown(sourceText)}': it has no letter a-z or digit");

        var subjectText = Cell("subject");
        var subject = subjectText is null ? "" : IdSlug.SubjectKey(subjectText);
        if (subjectText is null) run.Error(DiagnosticDescriptors.ImportMissingCell.Code, row.Line, Col("subject"), "row has no subject; give a dotted key such as 'smic.leading-node'");
        else if (subject.Length == 0) run.Error(DiagnosticDescriptors.ImportNoValidId.Code, row.Line, Col("subject"), $"no subject key can be made from '{Shown(subjectText)}': it has no letter a-z or digit");

        var value = Cell("value");
        var compare = Cell("compare");
        if (value is null && compare is null)
            run.Error(DiagnosticDescriptors.ImportMissingCell.Code, row.Line, Col(columns.ContainsKey("value") ? "value" : "compare"), "row has neither a value nor a compare; give exactly one");
        else if (value is not null && compare is not null)
            run.Error(DiagnosticDescriptors.ImportMissingCell.Code, row.Line, Col("compare"), "row has both a value and a compare; give exactly one (two statements are two rows)");

        var status = Cell("status")?.ToLowerInvariant();
        if (status is not null && !StatusWords.All.Contains(status))
        {
            var hint = Suggestions.Closest(status, StatusWords.All) is { } close ? $"; did you mean '{close}'?" : "";
            run.Error(DiagnosticDescriptors.ImportInvalidStatus.Code, row.Line, Col("status"), $"status '{Shown(Cell("status")!)}' must be reported, planned, target or estimate{hint}");
        }

        var url = Cell("url");
        if (url is not null && !WebAddress.IsHttp(url))
            run.Error(DiagnosticDescriptors.ImportInvalidUrl.Code, row.Line, Col("url"), $"url '{Shown(url)}' must be an absolute http or https address");

        var published = Cell("published");
        // The rule of claim files (Syntax.TryParsePublished), so that what is imported validates.
        if (published is not null && !Syntax.TryParsePublished(published, out _))
        {
            run.Error(DiagnosticDescriptors.ImportInvalidDate.Code, row.Line, Col("published"), Syntax.TryParseDate(published, out _)
                ? $"published '{Shown(published)}' is in year 1, before any article's present can begin; give the real publication date"
                : $"published '{Shown(published)}' must be a real date written YYYY-MM-DD");
        }

        var idText = Cell("id");
        var givenId = idText is null ? null : IdSlug.Id(idText);
        if (givenId is { Length: 0 }) run.Error(DiagnosticDescriptors.ImportNoValidId.Code, row.Line, Col("id"), $"no claim id can be made from '{Shown(idText!)}': it has no letter a-z or digit");

        if (run.ErrorCount > errors)
        {
            run.Skipped++;
            return;
        }

        if (!sources.TryGetValue(sourceId, out var source))
        {
            source = new SourceDraft(sourceId, row.Line);
            sources.Add(sourceId, source);
        }

        if (!source.Names.Contains(sourceText!)) source.Names.Add(sourceText!);
        source.Title = Merge(source.Title, Cell("title"), "title", row, Col("title"), source, run);
        source.Outlet = Merge(source.Outlet, Cell("outlet"), "outlet", row, Col("outlet"), source, run);
        source.Url = Merge(source.Url, url, "url", row, Col("url"), source, run);
        source.Published = Merge(source.Published, published, "published", row, Col("published"), source, run);

        var notes = new List<string> { $"row {row.Line.ToString(CultureInfo.InvariantCulture)}" };
        if (!string.Equals(subject, subjectText, StringComparison.Ordinal)) notes.Add($"subject made from {YamlText.Quote(subjectText!)}");
        var baseId = givenId ?? IdSlug.Id(subject.Split('.')[^1]);
        if (givenId is null) notes.Add("id generated");
        else if (!string.Equals(givenId, idText, StringComparison.Ordinal)) notes.Add($"id made from {YamlText.Quote(idText!)}");
        var id = baseId;
        // The next suffix to try is kept per id: a table of many rows of one subject made this loop quadratic (900,000 rows, 53 s).
        for (var n = source.NextSuffix.GetValueOrDefault(baseId, 2); !source.ClaimIds.Add(id); n++)
        {
            id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
            source.NextSuffix[baseId] = n + 1;
        }
        if (givenId is not null && id != baseId)
        {
            run.Warning(DiagnosticDescriptors.ImportDuplicateClaimId.Code, row.Line, Col("id"), $"claim id '{Shown(baseId)}' is already used in source '{sourceId}'; this claim is '{Shown(id)}'");
            notes.Add($"id '{baseId}' was taken");
        }

        source.Claims.Add(new ClaimDraft(id, subject, value, compare, Cell("period"), status, Cell("quote"), Cell("note"), string.Join("; ", notes)));
        run.Imported++;
    }

    private static string? Merge(string? kept, string? given, string key, TableRow row, int column, SourceDraft source, ImportRun run)
    {
        if (given is null) return kept;
        if (kept is null) return given;
        if (!string.Equals(kept, given, StringComparison.Ordinal))
        {
            run.Warning(DiagnosticDescriptors.ImportSourceMismatch.Code, row.Line, column,
                $"source '{source.Id}' was given {key} '{Shown(kept)}' on line {source.FirstLine.ToString(CultureInfo.InvariantCulture)} or after; '{Shown(given)}' is ignored");
        }

        return kept;
    }

    private static string ClaimFileText(SourceDraft source, string table)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        Line($"# Imported by claimcheck import from {table}.");
        foreach (var name in source.Names.Where(n => !string.Equals(n, source.Id, StringComparison.Ordinal)))
            Line($"# source id '{source.Id}' made from {YamlText.Quote(name)}");
        Line("source:");
        Line($"  id: {source.Id}");
        Line($"  title: {YamlText.Quote(source.Title ?? source.Names[0])}");
        if (source.Outlet is not null) Line($"  outlet: {YamlText.Quote(source.Outlet)}");
        if (source.Url is not null) Line($"  url: {YamlText.Quote(source.Url)}");
        if (source.Published is not null) Line($"  published: {source.Published}");
        Line("claims:");
        foreach (var claim in source.Claims)
        {
            Line($"  # {claim.Origin}");
            Line($"  - id: {claim.Id}");
            Line($"    subject: {claim.Subject}");
            if (claim.Value is not null) Line($"    value: {YamlText.Quote(claim.Value)}");
            if (claim.Compare is not null) Line($"    compare: {YamlText.Quote(claim.Compare)}");
            if (claim.Period is not null) Line($"    period: {YamlText.Quote(claim.Period)}");
            if (claim.Status is not null) Line($"    status: {claim.Status}");
            if (claim.Quote is not null) Line($"    quote: {YamlText.Quote(claim.Quote)}");
            if (claim.Note is not null) Line($"    note: {YamlText.Quote(claim.Note)}");
        }

        return text.ToString();
    }

    private sealed record TableRow(int Line, string[] Fields);

    private sealed record ClaimDraft(
        string Id, string Subject, string? Value, string? Compare, string? Period, string? Status, string? Quote, string? Note, string Origin);

    private sealed class SourceDraft(string id, int firstLine)
    {
        public string Id { get; } = id;
        public int FirstLine { get; } = firstLine;
        public List<string> Names { get; } = [];
        public string? Title { get; set; }
        public string? Outlet { get; set; }
        public string? Url { get; set; }
        public string? Published { get; set; }
        public List<ClaimDraft> Claims { get; } = [];
        public HashSet<string> ClaimIds { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> NextSuffix { get; } = new(StringComparer.Ordinal);
    }

    private sealed class ImportRun(string table)
    {
        private readonly List<Diagnostic> diagnostics = [];

        public int ErrorCount { get; private set; }
        public int Imported { get; set; }
        public int Skipped { get; set; }

        /// <summary>The rows of a claim file that could not be written count as skipped, not imported.</summary>
        public void NotWritten(int rows)
        {
            Imported -= rows;
            Skipped += rows;
        }

        public void Error(string code, int line, int column, string message)
        {
            ErrorCount++;
            diagnostics.Add(Diagnostic.Error(code, new SourcePosition(table, line, column), message));
        }

        public void Warning(string code, int line, int column, string message) =>
            diagnostics.Add(Diagnostic.Warning(code, new SourcePosition(table, line, column), message));

        public ImportResult Result(List<string> written) => new(
            [.. written.Order(StringComparer.Ordinal)],
            [.. diagnostics.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column).ThenBy(d => d.Code, StringComparer.Ordinal)],
            Imported,
            Skipped);
    }
}
