using System.Globalization;
using ClaimCheck.CorpusGen;

// claimcheck-corpusgen OUT-DIR [--claims N] [--files F] [--subjects S] [--seed X]
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: ClaimCheck.CorpusGen OUT-DIR [--claims N] [--files F] [--subjects S] [--seed X] [--conflicts PERCENT]");
    return 2;
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

var claims = Option("--claims", 10_000);
var files = Option("--files", Math.Max(1, claims / 100));
var spec = new CorpusSpec(claims, files, Option("--subjects", Math.Max(1, claims / 10)), Option("--seed", 7), Option("--conflicts", 3));
var bytes = CorpusGenerator.Generate(args[0], spec);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {spec.Claims} claims in {spec.Files} files over {spec.Subjects} subjects ({bytes / 1e6:F1} MB) to {args[0]}"));
return 0;
