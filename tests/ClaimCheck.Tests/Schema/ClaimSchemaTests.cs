using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimCheck.Import;
using ClaimCheck.Loading;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace ClaimCheck.Tests.Schema;

/// <summary>
/// schema/claimcheck.schema.json (for editors, through yaml-language-server) accepts what the loader
/// accepts and rejects the malformed corpora the loader rejects. YAML is read as an editor reads it
/// (YAML 1.2 core schema: plain 3500 is a number, true a boolean), converted to JSON, and validated
/// with NJsonSchema.
/// </summary>
[TestFixture]
public sealed partial class ClaimSchemaTests
{
    private JsonSchema schema = null!;

    [OneTimeSetUp]
    public async Task LoadSchema() =>
        schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.RepoRoot, "schema", "claimcheck.schema.json"));

    private static string Loading(string corpus) => Path.Combine(TestPaths.TestFiles, "Loading", corpus);

    public static IEnumerable<TestCaseData> ValidFiles()
    {
        var root = TestPaths.RepoRoot;
        var files = Directory.GetFiles(Path.Combine(root, "claims"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "ClaimCheck.Tests", "TestFiles", "Loading", "001-valid-corpus"), "*.y*ml"))
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "ClaimCheck.Tests", "TestFiles", "Loading", "009-bom-crlf-valid"), "*.y*ml"));
        return files.Order(StringComparer.Ordinal).Select(f => new TestCaseData(Path.GetRelativePath(root, f).Replace('\\', '/')));
    }

    public static IEnumerable<TestCaseData> InvalidFiles() =>
    [
        new("002-unknown-keys/a.yaml"),        // CC0102 unknown keys
        new("003-ids-and-keys/a.yaml"),        // CC0104 source id
        new("003-ids-and-keys/b.yaml"),        // CC0104 claim id, CC0105 subject keys
        new("004-value-compare-status/a.yaml"),// CC0106-CC0109
        new("004-value-compare-status/b.yaml"),// CC0108 url, CC0109 date
        new("007-wrong-node-types/a.yaml"),    // CC0103
        new("007-wrong-node-types/b.yaml"),    // CC0101, CC0103
        // 005-duplicates is left out on purpose: uniqueness of ids within a file and across the
        // corpus cannot be said in JSON Schema (only 'claimcheck validate' checks it).
    ];

    [TestCaseSource(nameof(ValidFiles))]
    public void Validate_FileTheLoaderAccepts_NoSchemaErrors(string file)
    {
        var full = Path.Combine(TestPaths.RepoRoot, file);
        var loaded = ClaimCorpus.Load([full]);
        var errors = schema.Validate(ToJson(File.ReadAllText(full)));
        Assert.Multiple(() =>
        {
            Assert.That(loaded.HasErrors, Is.False, "the loader should accept " + file);
            Assert.That(errors.Select(e => e.ToString()), Is.Empty);
        });
    }

    [TestCaseSource(nameof(InvalidFiles))]
    public void Validate_FileTheLoaderRejects_SchemaErrors(string file)
    {
        var full = Path.Combine(Loading(file.Split('/')[0]), file.Split('/')[1]);
        var loaded = ClaimCorpus.Load([full]);
        var errors = schema.Validate(ToJson(File.ReadAllText(full)));
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Diagnostics.Any(d => d.Severity == Core.Severity.Error && d.Position.File.EndsWith(file.Split('/')[1], StringComparison.Ordinal)), Is.True);
            Assert.That(errors, Is.Not.Empty);
        });
    }

    [TestCase("value: 3 nm\n    compare: more-than a.b", false)]
    [TestCase("note: neither", false)]
    [TestCase("value: 3500", true)]
    [TestCase("compare: nearly 3x china.gdp-growth", true)]
    [TestCase("value: x\n    status: plannd", false)]
    [TestCase("value: x\n    status: target", true)]
    public void Validate_ClaimShapes_ExactlyOneOfValueOrCompareAndKnownStatus(string body, bool valid)
    {
        var yaml = "source:\n  id: s\n  title: T\n  url: http://example.org\n  published: 2025-03-10\nclaims:\n  - id: c\n    subject: a.b\n    " + body + "\n";
        Assert.That(schema.Validate(ToJson(yaml)), valid ? Is.Empty : Is.Not.Empty);
    }

    [TestCase("  published: 2025-02-30\n")]
    [TestCase("  published: 10.03.2025\n")]
    [TestCase("  url: ftp://example.org\n")]
    [TestCase("  id: Bad_Id\n")]
    public void Validate_BadSourceField_SchemaError(string line)
    {
        var yaml = "source:\n  title: T\n" + (line.Contains("id:", StringComparison.Ordinal) ? line : "  id: s\n" + line) + "claims: []\n";
        Assert.That(schema.Validate(ToJson(yaml)), Is.Not.Empty);
    }

    [Test]
    public void Validate_NewSkeletonAndImportedFile_NoSchemaErrors()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimcheck-schema-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "t.csv"), "source,subject,value,status,quote,published\nA: b #1,x.y,3500,planned,\"a: \"\"b\"\" # c\",2025-03-10\n");
            var result = ClaimTableImporter.Import("t.csv", "out", new ImportOptions(BaseDirectory: folder));
            var imported = File.ReadAllText(Path.Combine(folder, result.FilesWritten.Single()));
            Assert.Multiple(() =>
            {
                Assert.That(schema.Validate(ToJson(imported)), Is.Empty);
                Assert.That(schema.Validate(ToJson(ClaimFileSkeleton.Create("my-article"))), Is.Empty);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>YAML to JSON as an editor's YAML 1.2 core schema reads it; duplicate keys throw.</summary>
    internal static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        return node?.ToJsonString() ?? "null";
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", Convert(kv.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException("unsupported YAML node " + node.NodeType),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)) return JsonValue.Create(text);
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (IntPattern().IsMatch(text)) return JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(text)) return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
