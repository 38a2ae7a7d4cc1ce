using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NUnit.Framework;

namespace ClaimCheck.Tests.Browser;

/// <summary>
/// The seed report (claims/) in Debian's Chromium at a laptop's and a phone's width, light and dark:
/// overflow, the sticky bar and anchors, filter state in the URL, highlighting, accessibility (axe-core),
/// and the screenshots in docs/screenshots/. These tests fail (never skip) when the browser is missing.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class HtmlReportLayoutBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _dir = string.Empty;
    private string _file = string.Empty;

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail("Browser tests need Chromium at " + ChromiumPath + ": install Debian's chromium: apt-get install -y chromium");
        }

        var report = ClaimCheck.Engine.Check(ClaimCorpus.Load([Path.Combine(TestPaths.RepoRoot, "claims")], new LoadOptions(BaseDirectory: TestPaths.RepoRoot)));
        var result = HtmlReportWriter.Render(report, JsonReportWriter.ToJson(report));
        Assert.That(result.Html, Is.Not.Null, () => string.Join("\n", result.Diagnostics));
        _dir = Path.Combine(Path.GetTempPath(), "claimcheck-layout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _file = Path.Combine(_dir, "seed.html");
        await File.WriteAllTextAsync(_file, result.Html);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
    }

    private async Task<(IPage Page, IBrowserContext Context, List<string> Errors)> OpenAsync(int width, string fragment = "", ColorScheme scheme = ColorScheme.Light)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") errors.Add(m.Type + ": " + m.Text); };
        page.PageError += (_, e) => errors.Add("page error: " + e);
        await page.GotoAsync(new Uri(_file).AbsoluteUri + fragment);
        return (page, context, errors);
    }

    [TestCase(390)]
    [TestCase(1280)]
    public async Task Page_AtWidth_NoHorizontalOverflow(int width)
    {
        var (page, context, errors) = await OpenAsync(width);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        TestContext.Out.WriteLine($"scrollWidth at {width} px: {scrollWidth}");

        Assert.Multiple(() =>
        {
            Assert.That(scrollWidth, Is.LessThanOrEqualTo(width));
            Assert.That(errors, Is.Empty);
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task FilterBar_Phone_IsCompact()
    {
        var (page, context, _) = await OpenAsync(390);

        var height = await page.EvaluateAsync<double>("() => document.querySelector('nav').getBoundingClientRect().height");
        TestContext.Out.WriteLine($"filter bar at 390 px: {height} px");

        Assert.That(height, Is.LessThan(110), "was 186 px");
        await context.CloseAsync();
    }

    [TestCase(390)]
    [TestCase(1280)]
    public async Task Anchor_SubjectKey_CardTitleLandsBelowStickyBar(int width)
    {
        var (page, context, _) = await OpenAsync(width, "#smic.leading-node");

        var (bar, title) = (await page.EvaluateAsync<double>("() => document.querySelector('nav').getBoundingClientRect().bottom"),
            await page.EvaluateAsync<double>("() => document.getElementById('smic.leading-node').querySelector('h3').getBoundingClientRect().top"));
        TestContext.Out.WriteLine($"at {width} px: bar bottom {bar}, title top {title}");

        Assert.Multiple(() =>
        {
            Assert.That(title, Is.GreaterThanOrEqualTo(bar), "the title is not hidden under the bar");
            Assert.That(title, Is.LessThan(bar + 120), "the card is scrolled to");
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task FilterState_InUrl_WrittenAndRestoredOnLoad()
    {
        var (page, context, _) = await OpenAsync(1280);
        await page.SelectOptionAsync("#f-verdict", "conflict");
        await page.SelectOptionAsync("#f-source", "zhangjiang-commute");

        var url = page.Url;
        Assert.That(url, Does.EndWith("#verdict=conflict&source=zhangjiang-commute"));

        var again = await context.NewPageAsync();
        await again.GotoAsync(url);
        Assert.Multiple(async () =>
        {
            Assert.That(await again.InputValueAsync("#f-verdict"), Is.EqualTo("conflict"));
            Assert.That(await again.InputValueAsync("#f-source"), Is.EqualTo("zhangjiang-commute"));
            Assert.That(await again.EvaluateAsync<bool>("() => [...document.querySelectorAll('article.subject')].filter(c => c.checkVisibility()).every(c => c.dataset.verdict === 'conflict')"), Is.True);
            Assert.That(await again.IsVisibleAsync("[id='smic.leading-node']"), Is.True);
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task SummaryCount_Link_FiltersByItsVerdict()
    {
        var (page, context, _) = await OpenAsync(1280);

        await page.ClickAsync("a.count[href='#verdict=tension']");

        Assert.Multiple(async () =>
        {
            Assert.That(await page.InputValueAsync("#f-verdict"), Is.EqualTo("tension"));
            Assert.That(await page.EvaluateAsync<int>("() => [...document.querySelectorAll('article.subject')].filter(c => c.checkVisibility()).length"), Is.EqualTo(4));
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task Search_NothingMatches_SaysSoAndClears()
    {
        var (page, context, _) = await OpenAsync(1280);

        await page.FillAsync("#f-search", "no such subject anywhere");
        await page.WaitForSelectorAsync("#f-none:not([hidden])");
        Assert.That(await page.TextContentAsync("#f-none"), Does.StartWith("No subject matches these filters"));

        await page.ClickAsync("#f-clear");
        Assert.Multiple(async () =>
        {
            Assert.That(await page.IsHiddenAsync("#f-none"), Is.True);
            Assert.That(await page.IsVisibleAsync("[id='smic.leading-node']"), Is.True);
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task Finding_Selected_HighlightsItsClaimCards()
    {
        var (page, context, _) = await OpenAsync(1280);
        var button = page.Locator("[id='smic.leading-node'] button.finding").First;
        var claims = (await button.GetAttributeAsync("data-claims"))!.Split(' ');

        await button.ClickAsync();

        var highlighted = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.claims li.hl')].map(e => e.id)");
        Assert.Multiple(async () =>
        {
            Assert.That(highlighted, Is.EquivalentTo(claims));
            Assert.That(claims, Has.Length.GreaterThanOrEqualTo(2));
            Assert.That(await button.GetAttributeAsync("aria-pressed"), Is.EqualTo("true"));
            Assert.That(await button.TextContentAsync(), Does.Contain("3 nm: 2 articles vs 7 nm: 1 article").Or.Contain("(3 nm) vs "));
        });

        await button.ClickAsync();
        Assert.That(await page.EvaluateAsync<int>("() => document.querySelectorAll('.claims li.hl').length"), Is.Zero);
        await context.CloseAsync();
    }

    [Test]
    public async Task Pictures_RangePlotsAndSourceMatrix_Drawn()
    {
        var (page, context, _) = await OpenAsync(1280);

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("[id='smic.leading-node'] svg.pic").CountAsync(), Is.EqualTo(1));
            Assert.That(await page.Locator("[id='smic.leading-node'] svg.pic .pb").CountAsync(), Is.EqualTo(4), "one bar per claim");
            Assert.That(await page.Locator("[id='smic.leading-node'] svg.pic .pr").CountAsync(), Is.GreaterThanOrEqualTo(1), "the resolved value is marked");
            Assert.That(await page.Locator("svg.matrix rect.mx-c").CountAsync(), Is.GreaterThanOrEqualTo(2), "sources that conflict");
            var width = await page.EvaluateAsync<double>("() => document.querySelector('[id=\"smic.leading-node\"] svg.pic').getBoundingClientRect().width");
            Assert.That(width, Is.GreaterThan(300));
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task Filters_Keyboard_ReachableAndUsable()
    {
        var (page, context, _) = await OpenAsync(1280);
        string? focused = null;
        for (var i = 0; i < 10 && focused != "f-verdict"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        }

        Assert.That(focused, Is.EqualTo("f-verdict"), "the verdict filter is reached with Tab");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await page.InputValueAsync("#f-verdict"), Is.EqualTo("conflict"));

        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("f-source"));
        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("f-search"));
        await page.Keyboard.TypeAsync("wuxi");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('f-search').value === 'wuxi' && document.getElementById('f-count').textContent.endsWith('subjects shown') && document.getElementById('f-count').textContent !== '4 of 78 subjects shown'");
        Assert.That(await page.IsVisibleAsync("[id='smic.advanced-fab.location']"), Is.True, "a conflict naming Wuxi");

        await page.FocusAsync("a.count[href='#verdict=agreement']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('f-verdict').value === 'agreement'");
        await context.CloseAsync();
    }

    [TestCase(ColorScheme.Light, 1280)]
    [TestCase(ColorScheme.Dark, 1280)]
    [TestCase(ColorScheme.Light, 390)]
    [TestCase(ColorScheme.Dark, 390)]
    public async Task Axe_SeedReport_NoSeriousOrCriticalViolations(ColorScheme scheme, int width)
    {
        var (page, context, _) = await OpenAsync(width, scheme: scheme);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var results = await page.RunAxe();
        var bad = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => v.Id + " (" + v.Impact + "): " + string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))).ToList();
        TestContext.Out.WriteLine($"axe {scheme} {width}px: {results.Violations.Length} violations, {bad.Count} serious or critical; {results.Passes.Length} rules pass");

        Assert.That(bad, Is.Empty);
        await context.CloseAsync();
    }

    [TestCase(ColorScheme.Light, 1280, "report-1280-light.png")]
    [TestCase(ColorScheme.Dark, 1280, "report-1280-dark.png")]
    [TestCase(ColorScheme.Light, 390, "report-390-light.png")]
    [TestCase(ColorScheme.Dark, 390, "report-390-dark.png")]
    public async Task Screenshot_SeedReport_SavedUnderDocs(ColorScheme scheme, int width, string name)
    {
        var (page, context, _) = await OpenAsync(width, "#smic.leading-node", scheme);
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // The viewport, not the whole page: small files, and what a reader sees on opening the card.
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        await File.WriteAllBytesAsync(path, bytes);

        Assert.That(bytes.Length, Is.GreaterThan(10_000).And.LessThan(600_000));
        await context.CloseAsync();
    }
}
