using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Reporting;
using ClaimCheck.Resolution;

namespace ClaimCheck.Tests.Checking;

/// <summary>Claim files written into a scratch folder, loaded and checked as a user's corpus would be.</summary>
internal sealed class VerdictCorpus : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("claimcheck-verdicts-").FullName;

    public VerdictCorpus Add(string name, string yaml)
    {
        File.WriteAllText(Path.Combine(dir, name), yaml);
        return this;
    }

    public ClaimCorpus Load() => ClaimCorpus.Load([dir], new LoadOptions(BaseDirectory: dir));

    public CheckReport Check() => Engine.Check(Load());

    public SubjectResult Subject(string key) => Check().Subjects.Single(s => s.Key == key);

    public System.Collections.Immutable.ImmutableArray<ResolvedValue> Resolved(string key)
    {
        var report = Check();
        return report.ResolvedOf(report.Subjects.Single(s => s.Key == key));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
