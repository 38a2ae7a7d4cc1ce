namespace ClaimCheck.Resolution;

/// <summary>
/// What one round of copy detection found: the probability that two units are dependent and, with
/// <see cref="ResolutionOptions.DirectionalCopying"/>, that one copies the other. Never changed once made.
/// </summary>
internal sealed class CopyDependence
{
    private readonly Dictionary<long, double> between;
    private readonly Dictionary<long, double> copies;

    /// <param name="between">Probability of dependence by <see cref="PairTable.Key"/>; owned by this from here on.</param>
    /// <param name="copies">P(copier copies original) by <see cref="PairTable.DirectedKey"/>; owned by this from here on.</param>
    public CopyDependence(Dictionary<long, double> between, Dictionary<long, double> copies)
    {
        this.between = between;
        this.copies = copies;
    }

    public static CopyDependence None { get; } = new(new(PairKeyComparer.Instance), new(PairKeyComparer.Instance));

    /// <summary>True when no pair is dependent.</summary>
    public bool IsEmpty => between.Count == 0;

    /// <summary>The probability that units <paramref name="a"/> and <paramref name="b"/> are dependent (either way); 0 when not judged.</summary>
    public double Between(int a, int b) => between.GetValueOrDefault(PairTable.Key(a, b));

    /// <summary>The probability that unit <paramref name="copier"/> copies unit <paramref name="original"/>; 0 when not estimated.</summary>
    public double Copies(int copier, int original) => copies.GetValueOrDefault(PairTable.DirectedKey(copier, original));
}
