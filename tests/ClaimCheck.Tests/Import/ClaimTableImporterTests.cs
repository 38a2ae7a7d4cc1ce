using ClaimCheck.Import;
using ClaimCheck.Loading;
using ClaimCheck.Core;

namespace ClaimCheck.Tests.Import;

[TestFixture]
public sealed class ClaimTableImporterTests
{
    private string folder = null!;

    [SetUp]
    public void MakeFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "claimcheck-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    private ImportResult Import(string name, string text, ImportOptions? options = null)
    {
        File.WriteAllText(Path.Combine(folder, name), text);
        return ClaimTableImporter.Import(name, "out", (options ?? new ImportOptions()) with { BaseDirectory = folder });
    }

    private ClaimCorpus LoadOutput() =>
        ClaimCorpus.Load([Path.Combine(folder, "out")], new LoadOptions(BaseDirectory: folder));

    private const string Csv =
        "subject,value,source,period,status,quote,note,title,url,published,compare\n" +
        "SMIC.Leading Node,3 nm,contributor #521637: dangel,next quarter,Planned,\"new 3nm plant: \"\"mass production\"\" # soon\",,Silicon Dragon,https://example.org/a?x=1&y=2,2025-03-10,\n" +
        "smic.leading-node,7 nm,Zhangjiang Commute,,,,\"two\nlines: here\",,,,\n" +
        "shanghai.ai-output,'¥150 billion',contributor #521637: dangel,2024,estimate,,,,,,\n" +
        "shanghai.phds,,contributor #521637: dangel,,,,,,,,more-than california.phds\n" +
        "smic.leading-node,\"#3: \\\\ \"\"odd\"\"\",Zhangjiang Commute,2024-Q3,,,,,,,\n";

    [Test]
    public void Import_Csv_WritesOneValidFilePerSourceWithTheSameClaims()
    {
        var result = Import("table.csv", Csv);
        var corpus = LoadOutput();

        var claims = corpus.Claims
            .Select(c => (c.SourceId, c.Subject, c.Value, c.Compare, c.Period, c.Status, c.Quote, c.Note))
            .OrderBy(c => c.SourceId, StringComparer.Ordinal).ThenBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(result.FilesWritten, Is.EqualTo(new[] { "out/contributor-521637-dangel.yaml", "out/zhangjiang-commute.yaml" }));
            Assert.That(result.RowsImported, Is.EqualTo(5));
            Assert.That(corpus.Diagnostics, Is.Empty, string.Join("\n", corpus.Diagnostics));
            Assert.That(claims, Is.EqualTo(new[]
            {
                ("contributor-521637-dangel", "shanghai.ai-output", (string?)"'¥150 billion'", (string?)null, (string?)"2024", ClaimStatus.Estimate, (string?)null, (string?)null),
                ("contributor-521637-dangel", "shanghai.phds", null, "more-than california.phds", null, ClaimStatus.Reported, null, null),
                ("contributor-521637-dangel", "smic.leading-node", "3 nm", null, "next quarter", ClaimStatus.Planned, "new 3nm plant: \"mass production\" # soon", null),
                ("zhangjiang-commute", "smic.leading-node", "#3: \\\\ \"odd\"", null, "2024-Q3", ClaimStatus.Reported, null, null),
                ("zhangjiang-commute", "smic.leading-node", "7 nm", null, null, ClaimStatus.Reported, null, "two\nlines: here"),
            }));
        });
    }

    [Test]
    public void Import_Csv_SourceMetadataAndMadeFromComments()
    {
        Import("table.csv", Csv);
        var corpus = LoadOutput();
        var dangel = corpus.Sources.Single(s => s.Id == "contributor-521637-dangel");
        var commute = corpus.Sources.Single(s => s.Id == "zhangjiang-commute");
        var text = File.ReadAllText(Path.Combine(folder, "out", "contributor-521637-dangel.yaml"));
        Assert.Multiple(() =>
        {
            Assert.That(dangel.Title, Is.EqualTo("Silicon Dragon"));
            Assert.That(dangel.Url, Is.EqualTo("https://example.org/a?x=1&y=2"));
            Assert.That(dangel.Published, Is.EqualTo(new DateOnly(2025, 3, 10)));
            Assert.That(commute.Title, Is.EqualTo("Zhangjiang Commute"), "without a title column the source name is the title");
            Assert.That(text, Does.Contain("# source id 'contributor-521637-dangel' made from \"contributor #521637: dangel\""));
            Assert.That(text, Does.Contain("subject made from \"SMIC.Leading Node\""));
            Assert.That(text, Does.Contain("# row 2"));
        });
    }

    [Test]
    public void Import_NoIdColumn_GeneratesUniqueIdsPerFile()
    {
        Import("table.csv", "source,subject,value\na,smic.node,3 nm\na,smic.node,5 nm\na,other.node,7 nm\nb,smic.node,7 nm\n");
        var ids = LoadOutput().Claims.Select(c => c.Ref).ToList();
        Assert.That(ids, Is.EquivalentTo(new[] { "a/node", "a/node-2", "a/node-3", "b/node" }));
    }

    [Test]
    public void Import_GivenDuplicateId_WarnsAndSuffixes()
    {
        var result = Import("table.csv", "id,source,subject,value\nFirst Claim,a,x.y,1\nfirst claim,a,x.z,2\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "table.csv(3,1): warning CC0610: claim id 'first-claim' is already used in source 'a'; this claim is 'first-claim-2'",
            }));
            Assert.That(LoadOutput().Claims.Select(c => c.Id), Is.EqualTo(new[] { "first-claim", "first-claim-2" }));
        });
    }

    [Test]
    public void Import_Tsv_ReadByExtension()
    {
        var result = Import("table.tsv", "source\tsubject\tvalue\tquote\nBeta, Inc.\tx.count\t1,500 people\tsaid \"1,500\", then left\n");
        var claim = LoadOutput().Claims.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(claim.SourceId, Is.EqualTo("beta-inc"));
            Assert.That(claim.Value, Is.EqualTo("1,500 people"));
            Assert.That(claim.Quote, Is.EqualTo("said \"1,500\", then left"));
        });
    }

    [Test]
    public void Import_TabsInHeaderOfTxt_ReadAsTsv()
    {
        var result = Import("table.txt", "source\tsubject\tvalue\nBeta\tx.count\t1,500\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(LoadOutput().Claims.Single().Value, Is.EqualTo("1,500"));
        });
    }

    [Test]
    public void Import_BadRows_ReportedAtRowAndColumnAndTheRestWritten()
    {
        var table =
            "source,subject,value,compare,status,url,published\n" +   // line 1
            ",x.a,1,,,,\n" +                                          // 2: no source
            "s,x.b,1,more-than x.a,,,\n" +                            // 3: both
            "s,x.c,1,,planed,,\n" +                                   // 4: status
            "s,x.d,1,,,ftp://a,\n" +                                  // 5: url
            "s,x.e,1,,,,2025-02-30\n" +                               // 6: date
            "s,x.f,\"multi\nline\",,,,\n" +                           // 7-8: good, two lines
            "###,x.g,1,,,,\n" +                                       // 9: no id from source
            "s,x.h,,,,,\n" +                                          // 10: neither
            "s,x.i,2,,planned,,\n";                                   // 11: good
        var result = Import("table.csv", table);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.ToString().Split(':')[0] + ":" + d.ToString().Split(':')[1]), Is.EqualTo(new[]
            {
                "table.csv(2,1): error CC0604",
                "table.csv(3,4): error CC0604",
                "table.csv(4,5): error CC0606",
                "table.csv(5,6): error CC0607",
                "table.csv(6,7): error CC0608",
                "table.csv(9,1): error CC0605",
                "table.csv(10,3): error CC0604",
            }));
            Assert.That(result.HasErrors, Is.True);
            Assert.That(result.RowsImported, Is.EqualTo(2));
            Assert.That(result.RowsSkipped, Is.EqualTo(7));
            Assert.That(result.Diagnostics[2].Message, Does.Contain("did you mean"));
        });
        var corpus = LoadOutput();
        Assert.Multiple(() =>
        {
            Assert.That(corpus.Diagnostics, Is.Empty);
            Assert.That(corpus.Claims.Select(c => c.Subject), Is.EqualTo(new[] { "x.f", "x.i" }));
        });
    }

    [Test]
    public void Import_MissingRequiredColumn_ReportsHeaderAndWritesNothing()
    {
        var result = Import("table.csv", "source,subjet,value\na,x.y,1\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CC0602", "CC0603" }));
            Assert.That(result.Diagnostics[1].ToString(), Does.StartWith("table.csv(1,2): warning CC0603: unknown column 'subjet'"));
            Assert.That(result.Diagnostics[1].Message, Does.Contain("did you mean 'subject'?"));
            Assert.That(result.FilesWritten, Is.Empty);
            Assert.That(Directory.Exists(Path.Combine(folder, "out")), Is.False);
        });
    }

    [Test]
    public void Import_MissingTable_Unreadable()
    {
        var result = ClaimTableImporter.Import("nope.csv", "out", new ImportOptions(BaseDirectory: folder));
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { "nope.csv(1,1): error CC0601: no such file" }));
    }

    [Test]
    public void Import_ExistingFileWithoutOverwrite_NotReplaced()
    {
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        File.WriteAllText(Path.Combine(folder, "out", "a.yaml"), "keep");
        var result = Import("table.csv", "source,subject,value\na,x.y,1\n", new ImportOptions(Overwrite: false));
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CC0611" }));
            Assert.That(File.ReadAllText(Path.Combine(folder, "out", "a.yaml")), Is.EqualTo("keep"));
            Assert.That((result.RowsImported, result.RowsSkipped), Is.EqualTo((0, 1)), "a row whose file was not written is not imported");
        });
    }

    [Test]
    public void Import_SourceGivenTwoTitles_WarnsAndKeepsFirst()
    {
        var result = Import("table.csv", "source,title,subject,value\na,One,x.y,1\na,Two,x.z,2\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => (d.Code, d.Position.Line, d.Position.Column)), Is.EqualTo(new[] { ("CC0609", 3, 2) }));
            Assert.That(LoadOutput().Sources.Single().Title, Is.EqualTo("One"));
        });
    }

    [Test]
    public void Import_PublishedInYearOne_IsCC0608LikeInAClaimFile()
    {
        // A claim file refuses a year-1 date (CC0109: the article's present would begin before the calendar), so the
        // table does too: what import writes always validates.
        var result = Import("table.csv", "source,subject,value,published\na,x.y,1,0001-01-01\nb,x.y,2,0002-01-01\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "table.csv(2,4): error CC0608: published '0001-01-01' is in year 1, before any article's present can begin; give the real publication date",
            }));
            Assert.That(LoadOutput().Diagnostics, Is.Empty);
        });
    }

    [TestCase("contributor #521637: dangel", "contributor-521637-dangel")]
    [TestCase("  Zhangjiang Commute!  ", "zhangjiang-commute")]
    [TestCase("Café Économie", "cafe-economie")]
    [TestCase("上海", "")]
    public void Id_FreeText_ValidId(string text, string expected) => Assert.That(IdSlug.Id(text), Is.EqualTo(expected));

    [TestCase("SMIC.Leading Node", "smic.leading-node")]
    [TestCase("a..b. c #1", "a.b.c-1")]
    [TestCase("smic.leading-node", "smic.leading-node")]
    public void SubjectKey_FreeText_DottedKeyKeepsDots(string text, string expected) => Assert.That(IdSlug.SubjectKey(text), Is.EqualTo(expected));
}
