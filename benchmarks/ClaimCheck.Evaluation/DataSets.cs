using System.Globalization;
using System.Text;

namespace ClaimCheck.Evaluation;

/// <summary>A data set turned into a claim table, a registry and a gold standard.</summary>
/// <param name="Name">The data set's folder name.</param>
/// <param name="Rows">Table rows: source, subject, value, period.</param>
/// <param name="Within">Containment for the registry (child to parent), empty when none.</param>
/// <param name="Gold">Gold per (subject key, period): the right value first, then the values on its path (more general places).</param>
/// <param name="Exact">How a chosen value is compared with a gold value.</param>
internal sealed record Prepared(
    string Name,
    List<(string Source, string Subject, string Value, string Period)> Rows,
    List<(string Child, string Parent)> Within,
    Dictionary<(string Subject, string Period), string[]> Gold,
    Func<string, string, bool> Exact);

/// <summary>Readers of the public data sets' own layouts (see ../shared/datasets/README.md).</summary>
internal static class DataSets
{
    /// <summary>population/: claims.tsv city_year, contributor, population, year; truth.tsv city, state, year, population.</summary>
    public static Prepared Population(string folder, int limit)
    {
        var gold = new Dictionary<(string, string), string[]>();
        var goldCities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "truth.tsv"), Encoding.UTF8))
        {
            var parts = line.Split(',').Select(p => p.Trim()).ToArray();
            if (parts.Length < 4) continue;
            var city = string.Join(", ", parts[..^2]).ToLowerInvariant();
            gold[(city, parts[^2])] = [parts[^1]];
            goldCities.Add(city);
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(string, string, string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "claims.tsv"), Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var year = f[3].Trim();
            var cityYear = f[0].Trim();
            var city = cityYear.EndsWith("_" + year, StringComparison.Ordinal) ? cityYear[..^(year.Length + 1)] : cityYear;
            city = city.ToLowerInvariant();
            if (limit > 0 && !goldCities.Contains(city) && keys.Count >= limit) continue;
            rows.Add((f[1].Trim(), Key(keys, "city", city), f[2].Trim(), year));
        }

        var byKey = gold.Where(g => keys.ContainsKey(g.Key.Item1)).ToDictionary(g => (keys[g.Key.Item1], g.Key.Item2), g => g.Value);
        return new Prepared("population", rows, [], byKey, SameNumber);
    }

    /// <summary>birthplaces/ and heritages/: claims.csv obj, src, value; groundtruths.csv obj, full path; hierarchy.csv ID, name, parentID.</summary>
    public static Prepared Places(string name, string folder, int limit)
    {
        var claims = Csv.Read(Path.Combine(folder, "claims.csv")).Skip(1).Where(r => r.Length >= 3).ToList();
        var objects = claims.Select(r => r[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (limit > 0) objects = [.. objects.Take(limit)];
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in objects) Key(keys, "object", o);
        var rows = claims.Where(r => keys.ContainsKey(r[0])).Select(r => (r[1].Trim(), keys[r[0]], r[2].Trim(), "")).ToList();

        var gold = new Dictionary<(string, string), string[]>();
        foreach (var r in Csv.Read(Path.Combine(folder, "groundtruths.csv")).Skip(1).Where(r => r.Length >= 2))
        {
            if (keys.TryGetValue(r[0], out var key)) gold[(key, "")] = [.. r[1].Split(',').Select(p => p.Trim()).Where(p => p.Length > 0)];
        }

        // The hierarchy as registry-wide containment: a name's first parent (by file order) wins when a name repeats.
        var hierarchy = Csv.Read(Path.Combine(folder, "hierarchy.csv")).Skip(1).Where(r => r.Length >= 3).ToList();
        var names = hierarchy.ToDictionary(r => r[0], r => r[1].Trim(), StringComparer.Ordinal);
        var within = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in hierarchy)
        {
            if (!names.TryGetValue(r[2], out var parent) || r[2] == "0" || parent.Length == 0) continue;
            var child = r[1].Trim();
            if (child.Length == 0 || string.Equals(child, parent, StringComparison.OrdinalIgnoreCase) || !seen.Add(child)) continue;
            within.Add((child, parent));
        }

        return new Prepared(name, rows, within, gold, (a, b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static bool SameNumber(string chosen, string gold) =>
        double.TryParse(chosen.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
        && double.TryParse(gold.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
        && a == b;

    private static string Key(Dictionary<string, string> keys, string prefix, string name)
    {
        if (!keys.TryGetValue(name, out var key))
        {
            key = string.Create(CultureInfo.InvariantCulture, $"{prefix}.n{keys.Count + 1:D6}");
            keys[name] = key;
        }

        return key;
    }
}

/// <summary>CSV rows through CsvHelper (the library ClaimCheck's import uses), and quoting for the tables it writes.</summary>
internal static class Csv
{
    public static IEnumerable<string[]> Read(string path)
    {
        using var csv = CsvHelper.CsvReader.FromFile(path, new CsvHelper.CsvReaderOptions { HasHeader = false, Mode = CsvHelper.CsvMode.Rfc4180 });
        while (csv.Read()) yield return csv.Current.ToArray();
    }

    public static string Field(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') + "\"";
}
