using ClaimCheck.Core;
using ClaimCheck.Loading;
using ClaimCheck.Loading.Articles;

namespace ClaimCheck.Tests.Drafting;

/// <summary><c>source.text</c> and quotes against the article, on the seed articles as published (spam lines and all).</summary>
[TestFixture]
public sealed class ArticleQuoteTests
{
    private static string Claims => Path.Combine(TestPaths.RepoRoot, "claims");

    private static string Temp()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimcheck-quotes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        return folder;
    }

    [Test]
    public void SeedCorpus_EveryClaimFileNamesItsArticle_EveryQuoteFoundWithNoWarning()
    {
        var corpus = ClaimCorpus.Load([Claims], new LoadOptions(BaseDirectory: TestPaths.RepoRoot));
        Assert.Multiple(() =>
        {
            Assert.That(corpus.Diagnostics, Is.Empty);
            Assert.That(corpus.Sources, Has.Length.EqualTo(5));
            Assert.That(corpus.Sources.Select(s => s.Text), Is.All.Matches<string?>(t => t is not null && t.StartsWith("articles/", StringComparison.Ordinal)));
            var quoted = corpus.Claims.Where(c => c.Quote is not null).ToList();
            Assert.That(quoted, Is.Not.Empty);
            Assert.That(quoted.Select(c => c.QuoteCheck?.Found), Is.All.True);
        });

        // The offset points at the quote's words in the article.
        var claim = corpus.Claims.Single(c => c.Ref == "silicon-dragon/tesla-output");
        var article = corpus.Sources.Single(s => s.Id == "silicon-dragon").Article!;
        Assert.That(article.Text.Substring(claim.QuoteCheck!.Offset!.Value, claim.QuoteCheck.Length), Is.EqualTo("now producing 12,000 EVs weekly"));
    }

    [Test]
    public void SeedArticle_SpamPrefixesAndLinesAreMarked_ArticleTextAfterThemIsKept()
    {
        var (article, problem) = ArticleReader.Read(Path.Combine(Claims, "articles", "silicon-dragon.txt"));
        Assert.That(problem, Is.Null);
        var skipped = article!.Lines.Where(l => l.Skipped is not null).Select(l => l.Number).ToList();
        var line9 = article.Lines[8];
        Assert.Multiple(() =>
        {
            Assert.That(skipped, Is.EqualTo(new[] { 6, 9, 12 }));
            Assert.That(article.Text[line9.BodyStart..].StartsWith("Along the Huangpu River's west bank", StringComparison.Ordinal), Is.True);
            Assert.That(article.Lines[11].WhollySkipped, Is.True, "上海品茶论坛 alone on its line");
            Assert.That(article.Language, Is.EqualTo("English"));
        });
    }

    [Test]
    public void WrongQuote_WarnsAtTheQuoteNamingTheClosestPassage_QuoteInSpamPrefixWarnsToo()
    {
        var folder = Temp();
        File.Copy(Path.Combine(Claims, "articles", "silicon-dragon.txt"), Path.Combine(folder, "articles", "a.txt"));
        File.WriteAllText(Path.Combine(folder, "a.yaml"), """
            source:
              id: a
              title: A
              text: articles/a.txt
            claims:
              - id: startups
                subject: huangpu.tech-startups
                value: over 3,500 startups
                quote: "hosts over 3,600 tech start-ups"
              - id: typographic
                subject: huangpu.area
                value: 20.5 km²
                quote: "20.5 square kilometer “Innovation  Corridor,”"
              - id: spam
                subject: shanghai.ai-tower.location
                value: west bank
                quote: "上海龙凤419体验 Along the Huangpu River's west bank"
            """);
        var corpus = ClaimCorpus.Load([folder], new LoadOptions(BaseDirectory: folder));
        var messages = corpus.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Count.EqualTo(2), string.Join("\n", messages));
            Assert.That(messages, Has.Some.EqualTo("a.yaml(9,12): warning CC0121: quote is not in the article 'articles/a.txt'; did you mean \"hosts over 3,500 tech startups\"?"));
            Assert.That(messages, Has.Some.StartsWith("a.yaml(17,12): warning CC0122: quote lies in line 9 of 'articles/a.txt'"));
            Assert.That(corpus.Claims.Single(c => c.Id == "typographic").QuoteCheck!.Found, Is.True, "typographic quotes, spacing and case are normalised");
            Assert.That(corpus.Claims.Single(c => c.Id == "startups").QuoteCheck, Is.EqualTo(new QuoteCheck(false, null, 0, null, 0)));
        });
    }

    [TestCase("articles/missing.txt", "no such file")]
    [TestCase("articles/a.pdf", "is not an article file ClaimCheck reads")]
    [TestCase("https://example.org/a", "is a URL")]
    [TestCase("articles/empty.txt", "is empty")]
    [TestCase("articles/binary.txt", "is not UTF-8 text")]
    public void BadText_IsAnErrorAtTheTextKey(string text, string expected)
    {
        var folder = Temp();
        File.WriteAllText(Path.Combine(folder, "articles", "empty.txt"), "  \n");
        File.WriteAllBytes(Path.Combine(folder, "articles", "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE]);
        File.WriteAllText(Path.Combine(folder, "a.yaml"), $"source:\n  id: a\n  title: A\n  text: {text}\nclaims:\n  - id: c\n    subject: a.b\n    value: 3\n    quote: x\n");
        var corpus = ClaimCorpus.Load([folder], new LoadOptions(BaseDirectory: folder));
        var error = corpus.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Severity, Is.EqualTo(Severity.Error));
            Assert.That(error.Code, Is.EqualTo("CC0120"));
            Assert.That(error.Position, Is.EqualTo(new SourcePosition("a.yaml", 4, 9)));
            Assert.That(error.Message, Does.Contain(expected));
        });
    }

    [Test]
    public void ArticleOverTheLimit_IsAnErrorNotARead()
    {
        var folder = Temp();
        File.WriteAllText(Path.Combine(folder, "articles", "big.txt"), new string('a', 2048));
        File.WriteAllText(Path.Combine(folder, "a.yaml"), "source:\n  id: a\n  title: A\n  text: articles/big.txt\nclaims:\n  - id: c\n    subject: a.b\n    value: 3\n");
        var corpus = ClaimCorpus.Load([folder], new LoadOptions(BaseDirectory: folder, MaxArticleBytes: 1024));
        Assert.That(corpus.Diagnostics.Single().Message, Does.Contain("larger than the article limit"));
    }

    [TestCase("Dr. Chen Li, SMIC's VP, said 7nm. Output rose 3.5% in the U.S. market. Next one!", new[] { "Dr. Chen Li, SMIC's VP, said 7nm.", "Output rose 3.5% in the U.S. market.", "Next one!" })]
    [TestCase("\"Today, that number is below 45%,\" explains Dr. Chen Li. It fell.", new[] { "\"Today, that number is below 45%,\" explains Dr. Chen Li.", "It fell." })]
    [TestCase("Why now?\" asked J. Smith of the U.K. Treasury. Nobody knew.", new[] { "Why now?\" asked J. Smith of the U.K. Treasury.", "Nobody knew." })]
    public void Sentences_SplitAroundTitlesInitialsDecimalsAndQuotes(string text, string[] expected)
    {
        var article = ArticleReader.FromText("Heading line\n" + text).Article!;
        var sentences = Sentences.Split(article).Select(s => article.Text[s.Start..s.End]).Skip(1).ToArray();
        Assert.That(sentences, Is.EqualTo(expected));
    }

    [Test]
    public void Html_ArticleBodyTitleCanonicalUrlAndDateFromMetaTags_ScriptsAndNavigationLeftOut()
    {
        var folder = Temp();
        var path = Path.Combine(folder, "page.html");
        File.WriteAllText(path, """
            <!doctype html><html><head><title>Site | Story</title>
            <meta property="og:title" content="Bridge opens">
            <link rel="canonical" href="https://example.org/bridge">
            <meta property="article:published_time" content="2018-10-23T08:00:00Z">
            <script>var x = "The bridge cost 1 dollar.";</script></head>
            <body><nav><p>Home News 42 links</p></nav><article><h1>Bridge opens</h1>
            <p>The 55-kilometre bridge cost   $20 billion.</p><p>It opened on Tuesday.</p></article>
            <footer><p>© 2018</p></footer></body></html>
            """);
        var (article, problem) = ArticleReader.Read(path);
        Assert.That(problem, Is.Null);
        Assert.Multiple(() =>
        {
            Assert.That(article!.Title, Is.EqualTo("Bridge opens"));
            Assert.That(article.CanonicalUrl, Is.EqualTo("https://example.org/bridge"));
            Assert.That(article.Published, Is.EqualTo(new DateOnly(2018, 10, 23)));
            Assert.That(article.Text, Is.EqualTo("Bridge opens\nThe 55-kilometre bridge cost $20 billion.\nIt opened on Tuesday.\n"));
        });

        File.WriteAllText(path, "<html><body><script>alert(1)</script><div></div></body></html>");
        Assert.That(ArticleReader.Read(path).Problem!.Message, Does.Contain("no article body"));
    }
}
