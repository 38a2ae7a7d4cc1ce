// Leave-one-out evaluation of the drafter (docs/draft.md):
//   dotnet run -c Release --project benchmarks/ClaimCheck.DraftEvaluation -- [CORPUS-DIR]
// For every claim file with source.text in CORPUS-DIR (default claims/), drafts its article with the rest of the
// corpus as --corpus and compares the draft with the hand-written file.
using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Drafting;
using ClaimCheck.Loading;
using ClaimCheck.Loading.Articles;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var folder = Path.GetFullPath(args.Length > 0 ? args[0] : "claims");
// A second argument (any) skips the speed run: used for the real-article corpora.
var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var work = Directory.CreateTempSubdirectory("claimcheck-draft-eval-").FullName;
try
{
    foreach (var ranking in new[] { Ranking.Bm25, Ranking.TfIdf })
    {
        var thresholds = ranking == Ranking.Bm25 ? new[] { 0.0, 4.0, 8.0, 12.0 } : new[] { 0.0, 0.1, 0.2, 0.3 };
        foreach (var threshold in thresholds)
        {
            int figures = 0, proposed = 0, sameKey = 0, reachable = 0, reachableSame = 0, spam = 0, drafted = 0, invalid = 0, quoteWarnings = 0;
            foreach (var file in files)
            {
                var hand = ClaimCorpus.Load([file]);
                if (hand.Sources.Length != 1) continue;
                // Claim files without source.text (the real-article corpora) have their article at articles/SOURCE-ID.txt.
                var articleFile = hand.Sources[0].Text is { } given
                    ? Path.GetFullPath(given, Path.GetDirectoryName(file)!)
                    : Path.Combine(Path.GetDirectoryName(file)!, "articles", hand.Sources[0].Id + ".txt");
                if (!File.Exists(articleFile) || ArticleReader.Read(articleFile).Article is not { } article) continue;
                var finder = new QuoteFinder(article);
                var rest = ClaimCorpus.Load(files.Where(f => f != file));
                var matcher = new SubjectMatcher(rest, ranking);
                var articlePath = articleFile;
                var textPath = Path.GetRelativePath(work, articlePath).Replace('\\', '/');
                var yaml = ClaimDrafter.Draft(new DraftInput(article, hand.Sources[0].Id, textPath, hand.Sources[0].Id), matcher, threshold);
                var draftFile = Path.Combine(work, hand.Sources[0].Id + ".yaml");
                File.WriteAllText(draftFile, yaml);
                var draft = ClaimCorpus.Load([draftFile]);
                if (draft.HasErrors) invalid++;
                quoteWarnings += draft.Diagnostics.Count(d => d.Code == DiagnosticDescriptors.QuoteNotInArticle.Code || d.Code == DiagnosticDescriptors.QuoteInSkippedLine.Code);
                drafted += draft.Claims.Length;
                spam += draft.Claims.Count(c => c.QuoteCheck is { Offset: { } o } q && article.TouchesSkipped(o, q.Length));

                foreach (var claim in hand.Claims)
                {
                    if (claim.Value is null || QuantityParser.Parse(claim.Value) is not { Success: true } read) continue;
                    if ((claim.QuoteCheck ?? (claim.Quote is null ? null : finder.Find(claim.Quote).Check)) is not { Offset: { } at }) continue;
                    figures++;
                    var match = draft.Claims.FirstOrDefault(d =>
                        d.Value is not null && QuantityParser.Parse(d.Value) is { Success: true } r
                        && r.Value!.Dimension == read.Value!.Dimension && Math.Abs(r.Value.Figure - read.Value.Figure) <= 1e-9 * Math.Max(1, Math.Abs(read.Value.Figure))
                        && d.QuoteCheck is { Offset: { } o } q && o <= at && at < o + q.Length);
                    if (match is null)
                    {
                        if (threshold == thresholds[^1] && ranking == Ranking.Bm25) Console.WriteLine($"  missed {claim.Ref}: {claim.Value}");
                        continue;
                    }

                    proposed++;
                    if (match.Subject == claim.Subject) sameKey++;
                    // The key can only be the hand-written one when another article of the corpus uses that subject.
                    if (rest.Claims.Any(c => c.Subject == claim.Subject) || rest.Registry.Subjects.ContainsKey(claim.Subject))
                    {
                        reachable++;
                        if (match.Subject == claim.Subject) reachableSame++;
                    }
                    else if (threshold == thresholds[2] && ranking == Ranking.Bm25) Console.WriteLine($"  other key {claim.Ref}: {match.Subject} (hand: {claim.Subject})");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ranking,-6} threshold {threshold,4:0.0}: {figures} figure claims, proposed {proposed} ({100.0 * proposed / Math.Max(1, figures):0.0}%), same key {sameKey} ({100.0 * sameKey / Math.Max(1, proposed):0.0}% of proposed; {reachableSame} of the {reachable} whose subject is in the rest of the corpus, {100.0 * reachableSame / Math.Max(1, reachable):0.0}%), drafted {drafted} claims, spam {spam}, invalid drafts {invalid}, quote warnings {quoteWarnings}"));
        }
    }

    if (args.Length > 1) return;

    // Speed: a 5,000-word article (the five seed articles repeated), drafted against the whole corpus after a warm-up.
    var all = ClaimCorpus.Load([folder]);
    var text = string.Join("\n", all.Sources.Select(s => s.Article?.Text ?? string.Empty));
    var long5000 = string.Join("\n", Enumerable.Repeat(text, 1 + (5000 / Math.Max(1, text.Split(' ').Length))));
    var words = long5000.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    var fullMatcher = new SubjectMatcher(all);
    double best = double.MaxValue;
    for (var run = 0; run < 4; run++)
    {
        var clock = Stopwatch.StartNew();
        var (big, _) = ArticleReader.FromText(long5000);
        var yaml = ClaimDrafter.Draft(new DraftInput(big!, "long", "long.txt", "long"), fullMatcher);
        clock.Stop();
        if (run > 0) best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        if (run == 0) Console.WriteLine($"speed: {words} words, {yaml.Split("\n  - id:").Length - 1} claims");
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed: read + draft of {words} words: {best:0} ms (best of 3 after a warm-up)"));
}
finally
{
    Directory.Delete(work, recursive: true);
}
