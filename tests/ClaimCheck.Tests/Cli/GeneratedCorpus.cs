using System.Globalization;
using System.Text;

namespace ClaimCheck.Tests.Cli;

/// <summary>Corpora written for the command-line tests: as many conflicts as asked for, or one big enough to take seconds.</summary>
internal static class GeneratedCorpus
{
    /// <summary>
    /// <paramref name="conflicts"/> subjects <c>c.NN</c> on which articles <c>a</c> and <c>b</c> disagree (3 nm against
    /// 7 nm), <paramref name="tensions"/> subjects <c>t.NN</c> where they only suggest different figures, and
    /// (<paramref name="wide"/>) one subject <c>zz.wide</c> on which three articles disagree, the worst though it sorts last.
    /// </summary>
    public static void Conflicts(string folder, int conflicts, int tensions = 0, bool wide = false)
    {
        Directory.CreateDirectory(folder);
        var a = new StringBuilder("source: { id: a, title: A, published: 2025-01-01 }\nclaims:\n");
        var b = new StringBuilder("source: { id: b, title: B, published: 2025-01-01 }\nclaims:\n");
        for (var i = 0; i < conflicts; i++)
        {
            a.Append(CultureInfo.InvariantCulture, $"  - {{ id: c{i}, subject: c.{i:D2}, value: 3 nm, period: 2024 }}\n");
            b.Append(CultureInfo.InvariantCulture, $"  - {{ id: c{i}, subject: c.{i:D2}, value: 7 nm, period: 2024 }}\n");
        }

        for (var i = 0; i < tensions; i++)
        {
            a.Append(CultureInfo.InvariantCulture, $"  - {{ id: t{i}, subject: t.{i:D2}, value: over 200 companies, period: 2024 }}\n");
            b.Append(CultureInfo.InvariantCulture, $"  - {{ id: t{i}, subject: t.{i:D2}, value: over 300 companies, period: 2024 }}\n");
        }

        if (wide)
        {
            a.Append("  - { id: w, subject: zz.wide, value: 3 nm, period: 2024 }\n");
            b.Append("  - { id: w, subject: zz.wide, value: 7 nm, period: 2024 }\n");
            File.WriteAllText(Path.Combine(folder, "c.yaml"), "source: { id: c, title: C, published: 2025-01-01 }\nclaims:\n  - { id: w, subject: zz.wide, value: 12 nm, period: 2024 }\n");
        }

        File.WriteAllText(Path.Combine(folder, "a.yaml"), a.ToString());
        File.WriteAllText(Path.Combine(folder, "b.yaml"), b.ToString());
    }

    /// <summary>400 articles of 100 claims each on 5,000 subjects (every one a conflict): a check of several seconds.</summary>
    public static void Big(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var f = 0; f < 400; f++)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"source: {{ id: a{f}, title: Article {f} }}\nclaims:\n");
            for (var c = 0; c < 100; c++)
            {
                var subject = ((f * 100) + c) % 5000;
                text.Append(CultureInfo.InvariantCulture, $"  - {{ id: c{c}, subject: s.n{subject}, value: {(subject % 7) + 1 + (f % 3)} nm, period: 2024 }}\n");
            }

            File.WriteAllText(Path.Combine(folder, $"a{f}.yaml"), text.ToString());
        }
    }
}
