using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimCheck.Fuzz;

/// <summary>
/// A plain in-process mutation fuzzer, the fallback when AFL++ is not available: mutates the seeds
/// (bit flips, byte and token insertion, splicing, repetition) and calls the target until time is up.
/// Every exception and every input slower than a second (twice in a row) is saved as a finding.
/// </summary>
internal static class RandomFuzzer
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            ":", "- ", "\n", "  ", "{", "}", "[", "]", "&a ", "*a", "!!str ", "'", "\"", "#", "|", ">", "---\n", "...\n", "\t", "\r\n",
            "source:", "claims:", "id:", "title:", "value:", "compare:", "period:", "status:", "url:", "published:", "subjects:", "within:", "rates:",
            "about ", "over ", "nearly ", "between ", " and ", " to ", "-", "3x ", "more-than ", "per year", "billion", "$", "¥", "€", "%", "nm",
            "2024", "Q3", "..", "since ", "by ", "last ", "next ", "quarter", "ago", "1e308", "9999999999999999999999", "0.", ",", "\u00a0", "\u0130", "\ufeff",
            // Templates (--template) and tables (import).
            "{{", "}}", "{{ ", " }}", "{{~", "~}}", "for x in ", "end", "if ", "else", "while ", "raw ", " | ", "include ", "func ", "ret ", "1..1000000",
            "summary.", "subjects", "sources", "diagnostics", "claims", "data_json", "num", ".size", "[0]", "null", "capture ", "\"\"", ",\"", "\",",
            "\r", "source,subject,value\n", "id", "published", "2025-02-30", "0001-01-01", "status", "planned", "url", "javascript:x", "compare", "more-than ",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    public static int Run(Action<byte[]> target, List<byte[]> seeds, TimeSpan duration, string findingsFolder)
    {
        var random = new Random(20260101);
        var pool = new List<byte[]>(seeds.Count == 0 ? [[]] : seeds);
        var clock = Stopwatch.StartNew();
        long executions = 0, findings = 0;
        while (clock.Elapsed < duration)
        {
            var input = Mutate(pool[random.Next(pool.Count)], pool, random);
            var started = clock.Elapsed;
            try
            {
                target(input);
            }
            catch (Exception ex)
            {
                findings++;
                Save(findingsFolder, "crash", input, ex.ToString());
            }

            // Slow twice, to tell a slow input from a pause of a machine shared with other builds (a collection, a build).
            if (clock.Elapsed - started > TimeSpan.FromSeconds(1) && IsSlowAgain(target, input))
            {
                findings++;
                Save(findingsFolder, "slow", input, (clock.Elapsed - started).ToString());
            }

            executions++;
            // Keep some mutants so mutations stack up; bounded so memory stays flat.
            if (random.Next(8) == 0 && input.Length < 64 * 1024)
            {
                if (pool.Count < 4096) pool.Add(input);
                else pool[seeds.Count + random.Next(pool.Count - seeds.Count)] = input;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"executions: {executions}, seconds: {seconds:F0}, per second: {executions / seconds:F0}, findings: {findings}"));
        return findings == 0 ? 0 : 1;
    }

    private static bool IsSlowAgain(Action<byte[]> target, byte[] input)
    {
        var again = Stopwatch.StartNew();
        try
        {
            target(input);
        }
        catch (Exception)
        {
            // Counted as a crash already.
        }

        return again.Elapsed > TimeSpan.FromSeconds(1);
    }

    private static void Save(string folder, string kind, byte[] input, string why)
    {
        Directory.CreateDirectory(folder);
        var name = kind + "-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input))[..16];
        File.WriteAllBytes(Path.Combine(folder, name), input);
        File.WriteAllText(Path.Combine(folder, name + ".txt"), why);
        Console.WriteLine(kind + ": " + name + ": " + why.Split('\n')[0]);
    }

    private static byte[] Mutate(byte[] seed, List<byte[]> pool, Random random)
    {
        var data = new List<byte>(seed);
        var rounds = 1 + random.Next(6);
        for (var i = 0; i < rounds; i++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
            switch (random.Next(8))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(1 + random.Next(8), data.Count - Math.Min(at, data.Count - 1)));
                    break;
                case 3:
                case 4:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 5:
                    var other = pool[random.Next(pool.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        data.InsertRange(at, other.Skip(from).Take(1 + random.Next(Math.Min(64, other.Length - from))));
                    }

                    break;
                case 6 when data.Count > 0:
                    // Repeat a slice: deep nesting, long numbers, many keys.
                    var start = Math.Min(at, data.Count - 1);
                    var slice = data.GetRange(start, Math.Min(1 + random.Next(16), data.Count - start)).ToArray();
                    var times = 1 + random.Next(64);
                    for (var t = 0; t < times && data.Count < 256 * 1024; t++) data.InsertRange(start, slice);
                    break;
                default:
                    if (data.Count > 0) data[Math.Min(at, data.Count - 1)] = (byte)"0123456789 .,-:\n"[random.Next(16)];
                    break;
            }
        }

        return [.. data];
    }
}
