using ClaimCheck.Core;

namespace ClaimCheck.Tests.Records;

public sealed class ClaimTests
{
    private static Claim Make(string source = "src", string id = "c1") =>
        new(id, source, "a.b", "5", null, null, ClaimStatus.Reported, null, null, new SourcePosition("f.yaml", 1, 1), new SourcePosition("f.yaml", 2, 3), null);

    [Test]
    public void Ref_NewClaim_IsSourceSlashId() => Assert.That(Make().Ref, Is.EqualTo("src/c1"));

    [Test]
    public void Ref_WithNewIdOrSource_IsBuiltAnew()
    {
        Assert.Multiple(() =>
        {
            Assert.That((Make() with { Id = "c9" }).Ref, Is.EqualTo("src/c9"));
            Assert.That((Make() with { SourceId = "other" }).Ref, Is.EqualTo("other/c1"));
            Assert.That((Make() with { Value = "6" }).Ref, Is.EqualTo("src/c1"));
        });
    }

    [Test]
    public void Equals_SameFieldsByAnyPath_AreEqual()
    {
        var renamed = Make(id: "c0") with { Id = "c1" };
        Assert.Multiple(() =>
        {
            Assert.That(renamed, Is.EqualTo(Make()));
            Assert.That(renamed.GetHashCode(), Is.EqualTo(Make().GetHashCode()));
            Assert.That(Make(id: "c2"), Is.Not.EqualTo(Make()));
        });
    }
}
