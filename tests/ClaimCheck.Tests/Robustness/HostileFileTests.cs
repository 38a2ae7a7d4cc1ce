using System.Text;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Files made at run time that cannot be committed: huge, unreadable, linked in loops, devices.</summary>
public class HostileFileTests
{
    [Test]
    public void Load_FiftyMegabyteScalar_LoadsWithinBoundedMemory()
    {
        using var scratch = new Scratch();
        var size = 50 * 1024 * 1024;
        using (var writer = new StreamWriter(Path.Combine(scratch.Path, "huge.yaml")))
        {
            writer.Write("source:\n  id: huge\n  title: Huge\nclaims:\n  - id: c1\n    subject: good.count\n    value: \"3\"\n    note: ");
            writer.Write(new string('a', size));
            writer.Write('\n');
        }

        scratch.Write("good.yaml", Scratch.ClaimFile("good"));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var corpus = ClaimCorpus.Load([scratch.Path], new LoadOptions(BaseDirectory: scratch.Path));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Diagnostics, Is.Empty);
            Assert.That(corpus.Claims.Select(c => c.Ref), Is.EquivalentTo(new[] { "good/c1", "huge/c1" }));
            Assert.That(corpus.Claims.Single(c => c.SourceId == "huge").Note, Has.Length.EqualTo(size));
            // Bytes, chars and the scalar are each held a few times; anything quadratic would be far above this.
            Assert.That(allocated, Is.LessThan(20L * size), "allocated bytes while loading a 50 MB scalar");
        });
    }

    [Test]
    public void Validate_SixtyFourMegabytesOfEmptyClaims_StopsAtTheClaimLimitWhileParsing()
    {
        // Under the 64 MiB file limit, 21 million '{}' claims: before the claim limit was counted while parsing, the whole
        // tree was built first (5 GB and 32 s; out of memory, with a stack trace, under a memory cap).
        using var scratch = new Scratch();
        const string head = "source: {id: empty, title: Empty}\nclaims: [";
        using (var writer = new StreamWriter(Path.Combine(scratch.Path, "empty.yaml")))
        {
            writer.Write(head);
            var claims = new StringBuilder(3 * 1024 * 1024);
            for (var i = 0; i < 1024 * 1024; i++) claims.Append("{},");
            for (var i = 0; i < 20; i++) writer.Write(claims);
            writer.Write("{}]\n");
        }

        scratch.Write("good.yaml", Scratch.ClaimFile("good"));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (exit, output, error) = CliRunner.Run("validate", scratch.Path);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            // The 100,001st claim: column of the first claim plus 100,000 times "{},".
            Assert.That(Expect.Lines(error), Has.Some.Match(@"empty\.yaml\(2,300010\): error CC0007: more than 100000 claims in one file .*MaxClaimsPerFile"));
            Assert.That(output, Does.Contain("1 source, 1 claim,"));
            Expect.NoStackTrace(output, error);
            // The file's bytes and text (64 MB and 2 x 128 MB) and the first 100,000 claims; not the 21 million.
            Assert.That(allocated, Is.LessThan(1L << 30), "allocated bytes");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "time (before: 32 s on a quiet machine)");
        });
    }

    [Test]
    public void Validate_FileOverTheSizeLimit_IsCC0007AndOthersLoad()
    {
        using var scratch = new Scratch();
        using (var stream = File.Create(Path.Combine(scratch.Path, "big.yaml")))
        {
            stream.SetLength(65L * 1024 * 1024); // sparse: over the 64 MiB default without writing it
        }

        scratch.Write("good.yaml", Scratch.ClaimFile("good"));

        var (exit, output, error) = CliRunner.Run("validate", scratch.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Match(@"big\.yaml\(1,1\): error CC0007: .*MaxFileBytes"));
            Assert.That(output, Does.Contain("1 source, 1 claim,"));
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Validate_UnreadableFile_IsCC0001OrReadWhenRunningAsRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix permissions");
            return;
        }

        using var scratch = new Scratch();
        var locked = scratch.Write("locked.yaml", Scratch.ClaimFile("locked"));
        scratch.Write("good.yaml", Scratch.ClaimFile("good"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        // Root (as in CI containers) reads a mode-000 file anyway; then the file is simply read.
        bool permissionsBite;
        try
        {
            File.ReadAllBytes(locked);
            permissionsBite = false;
        }
        catch (UnauthorizedAccessException)
        {
            permissionsBite = true;
        }

        var (exit, output, error) = CliRunner.Run("validate", scratch.Path);

        Assert.Multiple(() =>
        {
            if (permissionsBite)
            {
                Assert.That(exit, Is.EqualTo(2));
                Assert.That(error, Does.Match(@"locked\.yaml\(1,1\): error CC0001: file cannot be read"));
                Assert.That(output, Does.Contain("1 source, 1 claim,"));
            }
            else
            {
                Assert.That(exit, Is.Zero);
                Assert.That(output, Does.Contain("2 sources, 2 claims"));
            }

            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Validate_SymlinkLoopInCorpusFolder_WarnsOnceAndReadsEachFileOnce()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("symbolic links need privileges on Windows");
        using var scratch = new Scratch();
        scratch.Write("good.yaml", Scratch.ClaimFile("good"));
        scratch.Write("sub/inner.yaml", Scratch.ClaimFile("inner"));
        Directory.CreateSymbolicLink(Path.Combine(scratch.Path, "sub", "loop"), scratch.Path);
        Directory.CreateSymbolicLink(Path.Combine(scratch.Path, "sub", "self"), Path.Combine(scratch.Path, "sub"));

        var (exit, output, error) = CliRunner.Run("validate", scratch.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, "a loop is a warning");
            Assert.That(Expect.Lines(error), Is.Not.Empty.And.All.Match(@"warning CC0001: folder reached again through a link"));
            Assert.That(output, Does.Contain("2 sources, 2 claims"), "no duplicate-source errors from reading a file twice");
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Validate_DanglingSymlinkNamedYaml_IsCC0001AndOthersLoad()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("symbolic links need privileges on Windows");
        using var scratch = new Scratch();
        scratch.Write("good.yaml", Scratch.ClaimFile("good"));
        File.CreateSymbolicLink(Path.Combine(scratch.Path, "gone.yaml"), Path.Combine(scratch.Path, "nowhere.yaml"));

        var (exit, output, error) = CliRunner.Run("validate", scratch.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Match(@"gone\.yaml\(1,1\): error CC0001: "));
            Assert.That(output, Does.Contain("1 source, 1 claim,"));
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Load_SymlinkToEndlessDevice_IsSkippedNeverRead()
    {
        // A link to /dev/zero reports length 0 but never ends: a device is skipped with a warning, never opened.
        if (!File.Exists("/dev/zero")) Assert.Ignore("no /dev/zero here");
        using var scratch = new Scratch();
        scratch.Write("good.yaml", Scratch.ClaimFile("good"));
        File.CreateSymbolicLink(Path.Combine(scratch.Path, "zero.yaml"), "/dev/zero");

        var corpus = ClaimCorpus.Load([scratch.Path], new LoadOptions(MaxFileBytes: 1024 * 1024, BaseDirectory: scratch.Path));

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Diagnostics.Select(d => d.ToString()), Has.One.Match(@"zero\.yaml\(1,1\): warning CC0001: not a regular file"));
            Assert.That(corpus.Claims.Select(c => c.Ref), Is.EqualTo(new[] { "good/c1" }));
        });
    }

    [Test]
    public void Validate_NoYamlFilesAtAll_IsCC0009()
    {
        using var scratch = new Scratch();
        scratch.Write("notes.txt", "not yaml");

        var (exit, output, error) = CliRunner.Run("validate", scratch.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("error CC0009"));
            Expect.NoStackTrace(output, error);
        });
    }
}
