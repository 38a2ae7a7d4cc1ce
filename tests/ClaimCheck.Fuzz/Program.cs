using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Fuzz;
using SharpFuzz;

// Usage:
//   ClaimCheck.Fuzz TARGET                      run under AFL++ (SharpFuzz; the binary must be instrumented)
//   ClaimCheck.Fuzz TARGET --random SECONDS DIR  in-process mutation fuzzing of the seeds in DIR (no AFL needed)
//   ClaimCheck.Fuzz TARGET --replay FILE...      run saved inputs once each (crash triage, regression)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: ClaimCheck.Fuzz " + string.Join("|", Targets.Names) + " [--random SECONDS SEEDDIR | --replay FILE...]");
    return 2;
}

var target = Targets.Get(args[0]);
if (args.Length == 1)
{
    Fuzzer.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        target(memory.ToArray());
    });
    return 0;
}

if (args[1] == "--replay")
{
    var failed = 0;
    foreach (var file in args.Skip(2))
    {
        var clock = Stopwatch.StartNew();
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok      {clock.ElapsedMilliseconds,6} ms  {file}"));
        }
        catch (Exception ex)
        {
            failed++;
            Console.WriteLine("FAILED  " + file + ": " + ex);
        }
    }

    return failed == 0 ? 0 : 1;
}

if (args[1] == "--random" && args.Length == 4)
{
    var seconds = int.Parse(args[2], CultureInfo.InvariantCulture);
    var seeds = Directory.GetFiles(args[3]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
    return RandomFuzzer.Run(target, seeds, TimeSpan.FromSeconds(seconds), Path.Combine(Environment.CurrentDirectory, "findings-" + args[0]));
}

Console.Error.WriteLine("unknown arguments");
return 2;
