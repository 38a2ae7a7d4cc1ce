using System.Globalization;
using System.Text;
using ClaimCheck.Quantities;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// The report's pictures as inline SVG markup: a range plot per quantity subject, a timeline for a time
/// series, and the source × source matrix. Colours come from CSS classes of the page (light and dark
/// mode); every text is escaped here; the markup is written raw by the template. No script, no network.
/// </summary>
internal static class HtmlPictures
{
    private const int Width = 480;
    private const int PlotLeft = 12;
    private const int PlotRight = 468;
    private const int Row = 34;

    /// <summary>One claim as a picture shows it.</summary>
    internal sealed record Mark(string DomId, string Label, string Value, Interval Interval, Period Period);

    /// <summary>
    /// Each claim's interval on one axis, one row per claim labelled by its source; an open bound runs
    /// to an arrow at the plot's edge; the resolved values are dashed lines. Null for fewer than two intervals.
    /// </summary>
    public static string? RangePlot(string subjectKey, string unit, IReadOnlyList<Mark> marks, IReadOnlyList<(string Value, double? Min, double? Max)> resolved)
    {
        if (marks.Count < 2) return null;
        var (lo, hi) = Extent(marks.Select(m => m.Interval), resolved);
        if (lo is null || hi is null) return null;
        var log = UseLog(lo.Value, hi.Value, marks);
        var (a, b) = Pad(lo.Value, hi.Value, log);
        double X(double v) => PlotLeft + ((log ? Math.Log10(v) : v) - a) / (b - a) * (PlotRight - PlotLeft);

        var height = (marks.Count * Row) + 30;
        var sb = new StringBuilder(256 + (marks.Count * 260));
        Open(sb, height, $"Range plot of {marks.Count} claims about {subjectKey}{(log ? ", logarithmic axis" : string.Empty)}");
        for (var k = 0; k < marks.Count; k++)
        {
            var m = marks[k];
            var y = 13 + (k * Row);
            sb.Append("<g class=\"pm\" data-claim=\"").Append(Esc(m.DomId)).Append("\"><text class=\"pl\" x=\"").Append(PlotLeft).Append("\" y=\"").Append(y).Append("\">")
                .Append(Esc(Clip(m.Label, 44))).Append(" · ").Append(Esc(Clip(m.Value, 26))).Append("</text>");
            var i = m.Interval;
            var x1 = double.IsNegativeInfinity(i.Min) ? PlotLeft : X(i.Min);
            var x2 = double.IsPositiveInfinity(i.Max) ? PlotRight : X(i.Max);
            var bar = y + 12;
            if (x2 - x1 < 6)
            {
                // A figure (or a very narrow range) is a dot, so it is never lost at this scale.
                sb.Append("<circle class=\"pb\" cx=\"").Append(F((x1 + x2) / 2)).Append("\" cy=\"").Append(bar).Append("\" r=\"5\"/>");
            }
            else
            {
                sb.Append("<line class=\"pb\" x1=\"").Append(F(x1)).Append("\" y1=\"").Append(bar).Append("\" x2=\"").Append(F(x2)).Append("\" y2=\"").Append(bar).Append("\"/>");
            }

            if (double.IsNegativeInfinity(i.Min)) Arrow(sb, PlotLeft, bar, -1);
            if (double.IsPositiveInfinity(i.Max)) Arrow(sb, PlotRight, bar, 1);
            sb.Append("</g>");
        }

        var axisY = (marks.Count * Row) + 8;
        sb.Append("<line class=\"pa\" x1=\"").Append(PlotLeft).Append("\" y1=\"").Append(axisY).Append("\" x2=\"").Append(PlotRight).Append("\" y2=\"").Append(axisY).Append("\"/>");
        foreach (var t in Ticks(a, b, log))
        {
            var x = PlotLeft + (t.Position - a) / (b - a) * (PlotRight - PlotLeft);
            sb.Append("<text class=\"pt\" x=\"").Append(F(x)).Append("\" y=\"").Append(axisY + 16).Append("\">").Append(Esc(t.Text + (unit.Length > 0 && unit.Length <= 4 ? (unit == "%" ? "%" : " " + unit) : string.Empty))).Append("</text>");
        }

        foreach (var (value, min, max) in resolved)
        {
            if (min is not { } rmin || max is not { } rmax || !double.IsFinite(rmin) || !double.IsFinite(rmax)) continue;
            var mid = log ? Math.Sqrt(Math.Max(rmin, 1e-300) * Math.Max(rmax, 1e-300)) : (rmin + rmax) / 2;
            if (log && mid <= 0) continue;
            var x = F(X(mid));
            sb.Append("<line class=\"pr\" x1=\"").Append(x).Append("\" y1=\"4\" x2=\"").Append(x).Append("\" y2=\"").Append(axisY).Append("\"><title>most likely: ").Append(Esc(value)).Append("</title></line>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>
    /// A time series: each claim's period on the horizontal axis (its start to its end), its value on the
    /// vertical one (the interval as a bar). Null unless the claims speak of two or more dated periods.
    /// </summary>
    public static string? Timeline(string subjectKey, string unit, IReadOnlyList<Mark> marks)
    {
        var dated = marks.Where(m => m.Period.Start is not null && m.Period.End is not null && (double.IsFinite(m.Interval.Min) || double.IsFinite(m.Interval.Max))).ToList();
        if (dated.Select(m => (m.Period.Start, m.Period.End)).Distinct().Count() < 2) return null;
        var t0 = dated.Min(m => m.Period.Start!.Value.DayNumber);
        var t1 = dated.Max(m => m.Period.End!.Value.DayNumber) + 1;
        var (lo, hi) = Extent(dated.Select(m => m.Interval), []);
        if (lo is null || hi is null) return null;
        var (a, b) = Pad(lo.Value, hi.Value, false);
        const int top = 10, bottom = 170, left = 64, right = 468;
        double X(int day) => left + ((double)(day - t0) / Math.Max(1, t1 - t0) * (right - left));
        double Y(double v) => bottom - ((v - a) / (b - a) * (bottom - top));

        var sb = new StringBuilder(512 + (dated.Count * 200));
        Open(sb, 200, $"Timeline of {dated.Count} dated claims about {subjectKey}");
        sb.Append("<line class=\"pa\" x1=\"").Append(left).Append("\" y1=\"").Append(bottom).Append("\" x2=\"").Append(right).Append("\" y2=\"").Append(bottom).Append("\"/>")
            .Append("<line class=\"pa\" x1=\"").Append(left).Append("\" y1=\"").Append(top).Append("\" x2=\"").Append(left).Append("\" y2=\"").Append(bottom).Append("\"/>");
        foreach (var t in Ticks(a, b, false))
        {
            var y = F(Y(t.Position));
            sb.Append("<text class=\"pt pe\" x=\"").Append(left - 4).Append("\" y=\"").Append(y).Append("\">").Append(Esc(t.Text + (unit.Length is > 0 and <= 4 ? (unit == "%" ? "%" : " " + unit) : string.Empty))).Append("</text>");
        }

        var first = DateOnly.FromDayNumber(t0).Year;
        var last = DateOnly.FromDayNumber(t1 - 1).Year;
        var step = Math.Max(1, (last - first + 1) / 6);
        for (var year = first; year <= last; year += step)
        {
            var day = Math.Max(t0, new DateOnly(year, 1, 1).DayNumber);
            sb.Append("<text class=\"pt\" x=\"").Append(F(X(day))).Append("\" y=\"").Append(bottom + 18).Append("\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        foreach (var m in dated)
        {
            var x1 = X(m.Period.Start!.Value.DayNumber);
            var x2 = X(m.Period.End!.Value.DayNumber + 1);
            var ylo = double.IsNegativeInfinity(m.Interval.Min) ? bottom : Y(m.Interval.Min);
            var yhi = double.IsPositiveInfinity(m.Interval.Max) ? top : Y(m.Interval.Max);
            var w = Math.Max(4, x2 - x1);
            var h = Math.Max(4, ylo - yhi);
            sb.Append("<rect class=\"pb pm\" data-claim=\"").Append(Esc(m.DomId)).Append("\" x=\"").Append(F(x1)).Append("\" y=\"").Append(F(yhi - (h > ylo - yhi ? 2 : 0))).Append("\" width=\"").Append(F(w)).Append("\" height=\"").Append(F(h)).Append("\"><title>")
                .Append(Esc(m.Label)).Append(": ").Append(Esc(m.Value)).Append(", ").Append(Esc(PeriodText(m.Period))).Append("</title></rect>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>One cell of the source matrix: how many subjects two sources conflict on, and agree on.</summary>
    internal readonly record struct Cell(int Conflicts, int Agreements);

    /// <summary>
    /// Sources × sources: a cell is red where the two sources conflict on some subject, green where they only
    /// agree, with the counts. Rows are labelled by title, columns by number. Null for fewer than two sources.
    /// </summary>
    public static string? SourceMatrix(IReadOnlyList<(string Id, string Title)> sources, IReadOnlyDictionary<(int, int), Cell> cells)
    {
        var n = sources.Count;
        if (n < 2) return null;
        const int label = 210, cell = 26, head = 22;
        var width = label + (n * cell) + 4;
        var height = head + (n * cell) + 4;
        var sb = new StringBuilder(512 + (n * n * 90));
        sb.Append("<svg class=\"pic matrix\" role=\"img\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" width=\"").Append(width).Append("\" aria-label=\"")
            .Append(Esc($"Conflicts and agreements between each pair of {n} sources")).Append("\">");
        for (var j = 0; j < n; j++)
        {
            sb.Append("<text class=\"pt\" x=\"").Append(label + (j * cell) + (cell / 2)).Append("\" y=\"15\">").Append(j + 1).Append("</text>");
        }

        for (var i = 0; i < n; i++)
        {
            var y = head + (i * cell);
            sb.Append("<text class=\"pl pe\" x=\"").Append(label - 6).Append("\" y=\"").Append(y + 17).Append("\">").Append(i + 1).Append(". ").Append(Esc(Clip(sources[i].Title, 28))).Append("</text>");
            for (var j = 0; j < n; j++)
            {
                var x = label + (j * cell);
                if (i == j)
                {
                    sb.Append("<rect class=\"mx-self\" x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" width=\"").Append(cell - 2).Append("\" height=\"").Append(cell - 2).Append("\"/>");
                    continue;
                }

                var c = cells.GetValueOrDefault(i < j ? (i, j) : (j, i));
                var kind = c.Conflicts > 0 ? "mx-c" : c.Agreements > 0 ? "mx-a" : "mx-0";
                sb.Append("<rect class=\"").Append(kind).Append("\" x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" width=\"").Append(cell - 2).Append("\" height=\"").Append(cell - 2).Append("\"><title>")
                    .Append(Esc(sources[i].Title)).Append(" and ").Append(Esc(sources[j].Title)).Append(": ")
                    .Append(Plural(c.Conflicts, "conflict", "conflicts")).Append(", ").Append(Plural(c.Agreements, "agreement", "agreements")).Append("</title></rect>");
                if (c.Conflicts + c.Agreements > 0)
                {
                    sb.Append("<text class=\"mx-n\" x=\"").Append(x + ((cell - 2) / 2)).Append("\" y=\"").Append(y + 17).Append("\">")
                        .Append(c.Conflicts > 0 ? c.Conflicts : c.Agreements).Append("</text>");
                }
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    internal static string Plural(int n, string one, string many) =>
        n.ToString("#,0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private static void Open(StringBuilder sb, int height, string label) =>
        sb.Append("<svg class=\"pic\" role=\"img\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" aria-label=\"").Append(Esc(label)).Append("\">");

    private static void Arrow(StringBuilder sb, double x, int y, int direction) =>
        sb.Append("<path class=\"pw\" d=\"M").Append(F(x)).Append(' ').Append(y).Append('l').Append(-8 * direction).Append(" -5v10z\"/>");

    private static (double? Lo, double? Hi) Extent(IEnumerable<Interval> intervals, IReadOnlyList<(string Value, double? Min, double? Max)> resolved)
    {
        double? lo = null, hi = null;
        void Take(double v)
        {
            if (!double.IsFinite(v)) return;
            lo = lo is null ? v : Math.Min(lo.Value, v);
            hi = hi is null ? v : Math.Max(hi.Value, v);
        }

        foreach (var i in intervals)
        {
            Take(i.Min);
            Take(i.Max);
        }

        foreach (var r in resolved)
        {
            if (r.Min is { } a) Take(a);
            if (r.Max is { } b) Take(b);
        }

        return (lo, hi);
    }

    // A logarithmic axis when positive values span more than two orders of magnitude ($2 million against $3 billion).
    private static bool UseLog(double lo, double hi, IReadOnlyList<Mark> marks) =>
        lo > 0 && hi / lo > 100 && marks.All(m => !(m.Interval.Min <= 0));

    private static (double A, double B) Pad(double lo, double hi, bool log)
    {
        if (log)
        {
            var (la, lb) = (Math.Log10(lo), Math.Log10(hi));
            return (la - 0.1, lb + 0.1);
        }

        var span = hi - lo;
        if (span <= 0) span = Math.Abs(hi) > 0 ? Math.Abs(hi) * 0.2 : 1;
        return (lo - (span * 0.08), hi + (span * 0.08));
    }

    private static IEnumerable<(double Position, string Text)> Ticks(double a, double b, bool log)
    {
        if (log)
        {
            for (var e = Math.Ceiling(a); e <= b; e++)
            {
                yield return (e, HtmlViewModel.Number(Math.Pow(10, e)));
            }

            yield break;
        }

        var raw = (b - a) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(s => s * magnitude).First(s => s >= raw);
        for (var t = Math.Ceiling(a / step) * step; t <= b; t += step)
        {
            yield return (t, HtmlViewModel.Number(Math.Round(t, 10)));
        }
    }

    private static string PeriodText(Period p) => p.Text.Length > 0 ? p.Text : p.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Text made safe inside SVG markup (the HTML rules).</summary>
    internal static string Esc(string text)
    {
        if (text.AsSpan().IndexOfAny(HtmlText.Special) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (HtmlText.Special.Contains(c)) sb.Append(HtmlText.Entity(c));
            else sb.Append(c);
        }

        return sb.ToString();
    }
}
