using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Model;

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

    public CheckReport Check() => CheckEngine.Check(Load());

    public SubjectResult Subject(string key) => Check().Subjects.Single(s => s.Key == key);

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
