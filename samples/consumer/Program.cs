// README's "From C#" example, built against the packed ClaimCheck package (scripts/pack-and-consume.sh).
using ClaimCheck.Loading;

var corpus = ClaimCorpus.Load(["claims"]);
foreach (var diagnostic in corpus.Diagnostics)
    Console.Error.WriteLine(diagnostic);          // file(line,col): error CCnnnn: message
Console.WriteLine($"{corpus.Sources.Length} sources, {corpus.Claims.Length} claims");
