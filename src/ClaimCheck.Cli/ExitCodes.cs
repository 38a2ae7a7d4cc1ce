namespace ClaimCheck.Cli;

/// <summary>The exit codes of <c>claimcheck</c> (the <c>diff</c> convention), decided here and nowhere else.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>Invalid input (any error diagnostic) or a usage error.</summary>
    public const int InvalidInput = 2;
}
