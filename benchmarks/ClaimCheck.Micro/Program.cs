using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ClaimCheck.Micro.QuantityParsing).Assembly).Run(args);
