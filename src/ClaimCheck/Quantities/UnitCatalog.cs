using System.Collections.Frozen;
using System.Globalization;
using UnitsNet;
using UnitsNet.Units;

namespace ClaimCheck.Quantities;

/// <summary>A unit a value can carry and how it maps to its dimension's canonical unit.</summary>
/// <param name="Dimension">What it measures.</param>
/// <param name="Factor">Multiply by this to reach the canonical unit (taken from UnitsNet).</param>
/// <param name="Symbol">How the report writes the unit ("km", "nmi", "h").</param>
internal readonly record struct UnitInfo(Dimension Dimension, double Factor, string Symbol)
{
    /// <summary>
    /// For a spelling that names several units ("ton": the metric tonne, the short ton, the long ton), the smallest
    /// factor it may mean; <see cref="Factor"/> is then the middle of the two. Null for a unit that is one unit.
    /// </summary>
    public double? LeastFactor { get; init; }

    /// <summary>The largest factor an ambiguous spelling may mean; null for a unit that is one unit.</summary>
    public double? MostFactor { get; init; }

    /// <summary>What an ambiguous spelling may mean, for messages ("a ton may be short, metric or long"); null otherwise.</summary>
    public string? Meanings { get; init; }

    /// <summary>True when the spelling names several units, so its figures span all of them.</summary>
    public bool Ambiguous => LeastFactor is not null;

    /// <summary>
    /// A bound worked out at <see cref="Factor"/>, moved as far as the units the spelling may mean allow: the lower
    /// bound of a positive figure to the smallest factor, the upper bound to the largest (the other way round below zero).
    /// </summary>
    public double Stretch(double bound, bool lower)
    {
        if (!Ambiguous || bound == 0 || !double.IsFinite(bound))
            return bound;
        var factor = (bound < 0) == lower ? MostFactor!.Value : LeastFactor!.Value;
        return bound / Factor * factor;
    }
}

/// <summary>
/// The physical units values are written in, with their spellings. The units, their names, abbreviations
/// and conversion factors come from UnitsNet; this class only picks the units articles use, adds the
/// article spellings UnitsNet does not know ("sq km", "kilometre", "microns") and folds case where that
/// stays unambiguous. Built once; a lookup is one dictionary probe per candidate phrase.
/// </summary>
internal static class UnitCatalog
{
    /// <summary>The longest unit phrase, in words ("square kilometres" is two, "nautical miles per hour" four).</summary>
    public const int MaxWords = 4;

    // Each quantity's own Info, never UnitsNetSetup.Default or UnitAbbreviationsCache: those build all of UnitsNet's
    // 135 quantities first, a fixed cost of every run (docs/performance.md, "Fifth session", has the figures).
    private static readonly (Dimension Dimension, QuantityInfo Quantity, Enum Canonical, Enum[] Units)[] Dimensions =
    [
        (Dimension.Length, Length.Info, LengthUnit.Nanometer,
        [
            LengthUnit.Nanometer, LengthUnit.Micrometer, LengthUnit.Millimeter, LengthUnit.Centimeter, LengthUnit.Meter,
            LengthUnit.Kilometer, LengthUnit.Mile, LengthUnit.NauticalMile, LengthUnit.Foot, LengthUnit.Inch, LengthUnit.Yard,
        ]),
        (Dimension.Area, Area.Info, AreaUnit.SquareKilometer,
        [
            AreaUnit.SquareMillimeter, AreaUnit.SquareCentimeter, AreaUnit.SquareMeter, AreaUnit.SquareKilometer,
            AreaUnit.Hectare, AreaUnit.Acre, AreaUnit.SquareMile, AreaUnit.SquareFoot, AreaUnit.SquareYard,
        ]),
        (Dimension.Duration, Duration.Info, DurationUnit.Second,
        [
            DurationUnit.Millisecond, DurationUnit.Second, DurationUnit.Minute, DurationUnit.Hour, DurationUnit.Day,
            DurationUnit.Week, DurationUnit.Month30, DurationUnit.Year365,
        ]),
        (Dimension.Mass, Mass.Info, MassUnit.Kilogram,
        [
            MassUnit.Milligram, MassUnit.Gram, MassUnit.Kilogram, MassUnit.Tonne, MassUnit.Kilotonne, MassUnit.Megatonne,
            MassUnit.Pound, MassUnit.Ounce, MassUnit.ShortTon, MassUnit.LongTon,
        ]),
        (Dimension.Volume, Volume.Info, VolumeUnit.CubicMeter,
        [
            VolumeUnit.Milliliter, VolumeUnit.Liter, VolumeUnit.Hectoliter, VolumeUnit.CubicMeter, VolumeUnit.CubicKilometer,
            VolumeUnit.UsGallon, VolumeUnit.ImperialGallon, VolumeUnit.OilBarrel,
        ]),
        (Dimension.Energy, Energy.Info, EnergyUnit.Joule,
        [
            EnergyUnit.Joule, EnergyUnit.Kilojoule, EnergyUnit.Megajoule, EnergyUnit.Gigajoule, EnergyUnit.WattHour,
            EnergyUnit.KilowattHour, EnergyUnit.MegawattHour, EnergyUnit.GigawattHour, EnergyUnit.TerawattHour,
            EnergyUnit.Calorie, EnergyUnit.Kilocalorie,
        ]),
        (Dimension.Power, Power.Info, PowerUnit.Watt,
        [
            PowerUnit.Watt, PowerUnit.Kilowatt, PowerUnit.Megawatt, PowerUnit.Gigawatt, PowerUnit.Terawatt,
            PowerUnit.MechanicalHorsepower,
        ]),
        (Dimension.Speed, Speed.Info, SpeedUnit.KilometerPerHour,
        [
            SpeedUnit.MeterPerSecond, SpeedUnit.KilometerPerHour, SpeedUnit.MilePerHour, SpeedUnit.Knot,
        ]),
        (Dimension.DataSize, Information.Info, InformationUnit.Byte,
        [
            InformationUnit.Bit, InformationUnit.Kilobit, InformationUnit.Megabit, InformationUnit.Gigabit, InformationUnit.Terabit,
            InformationUnit.Byte, InformationUnit.Kilobyte, InformationUnit.Megabyte, InformationUnit.Gigabyte,
            InformationUnit.Terabyte, InformationUnit.Petabyte,
        ]),
    ];

    // One resource reader per quantity: each unit's spellings are read more than once while the catalogue is built.
    private static readonly Dictionary<string, System.Resources.ResourceManager> Resources = Dimensions.ToDictionary(
        d => d.Quantity.Name, d => new System.Resources.ResourceManager("UnitsNet.GeneratedCode.Resources." + d.Quantity.Name, typeof(QuantityInfo).Assembly));

    // Article spellings UnitsNet has no abbreviation or name for, and the ambiguous ones decided here
    // ("m" is UnitsNet's abbreviation of both the metre and the minute: articles mean the metre).
    private static readonly (string Spelling, Enum Unit)[] Aliases =
    [
        ("m", LengthUnit.Meter), ("metre", LengthUnit.Meter), ("metres", LengthUnit.Meter),
        ("microns", LengthUnit.Micrometer), ("micron", LengthUnit.Micrometer), ("um", LengthUnit.Micrometer), ("μm", LengthUnit.Micrometer),
        ("miles", LengthUnit.Mile), ("nautical miles", LengthUnit.NauticalMile), ("nm", LengthUnit.Nanometer),
        ("mm2", AreaUnit.SquareMillimeter), ("cm2", AreaUnit.SquareCentimeter), ("m2", AreaUnit.SquareMeter), ("km2", AreaUnit.SquareKilometer),
        ("sq km", AreaUnit.SquareKilometer), ("sq. km", AreaUnit.SquareKilometer), ("square km", AreaUnit.SquareKilometer),
        ("sq m", AreaUnit.SquareMeter), ("sq. m", AreaUnit.SquareMeter), ("sq mi", AreaUnit.SquareMile), ("sq. mi", AreaUnit.SquareMile),
        ("sq miles", AreaUnit.SquareMile), ("sq ft", AreaUnit.SquareFoot), ("sq. ft", AreaUnit.SquareFoot), ("mi2", AreaUnit.SquareMile),
        ("ft2", AreaUnit.SquareFoot), ("acre", AreaUnit.Acre), ("acres", AreaUnit.Acre), ("hectare", AreaUnit.Hectare), ("hectares", AreaUnit.Hectare),
        ("month", DurationUnit.Month30), ("months", DurationUnit.Month30), ("year", DurationUnit.Year365), ("years", DurationUnit.Year365),
        ("yrs", DurationUnit.Year365), ("mins", DurationUnit.Minute), ("min.", DurationUnit.Minute), ("ms", DurationUnit.Millisecond),
        ("tonnes", MassUnit.Tonne), ("tonne", MassUnit.Tonne), ("metric tons", MassUnit.Tonne), ("metric ton", MassUnit.Tonne),
        ("kilos", MassUnit.Kilogram), ("kilo", MassUnit.Kilogram),
        ("L", VolumeUnit.Liter), ("litres", VolumeUnit.Liter), ("litre", VolumeUnit.Liter), ("liters", VolumeUnit.Liter), ("liter", VolumeUnit.Liter),
        ("barrels", VolumeUnit.OilBarrel), ("barrel", VolumeUnit.OilBarrel), ("m3", VolumeUnit.CubicMeter),
        ("cubic metres", VolumeUnit.CubicMeter), ("cubic metre", VolumeUnit.CubicMeter),
        ("horsepower", PowerUnit.MechanicalHorsepower), ("hp", PowerUnit.MechanicalHorsepower),
        ("kph", SpeedUnit.KilometerPerHour), ("km per hour", SpeedUnit.KilometerPerHour), ("kmh", SpeedUnit.KilometerPerHour),
        ("m/s", SpeedUnit.MeterPerSecond), ("miles an hour", SpeedUnit.MilePerHour), ("kilometres an hour", SpeedUnit.KilometerPerHour),
    ];

    private static readonly FrozenDictionary<string, UnitInfo> Exact;
    private static readonly FrozenDictionary<string, UnitInfo> Folded;
    private static readonly FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>> ExactSpan;
    private static readonly FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>> FoldedSpan;
    private static readonly FrozenDictionary<Dimension, string> CanonicalSymbols;

    static UnitCatalog()
    {
        var exact = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        var clashes = new HashSet<string>(StringComparer.Ordinal);
        var folded = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        var foldedClashes = new HashSet<string>(StringComparer.Ordinal);
        var symbols = new Dictionary<Dimension, string>();
        var byUnit = new Dictionary<Enum, UnitInfo>();

        // Spellings two units share exactly ("m": metre and minute) name neither; a unit's symbol is its first
        // abbreviation that names it alone ("min", not "m").
        var shared = Dimensions.SelectMany(d => d.Units.Select(u => (d.Quantity, u))).SelectMany(x => Spellings(x.Quantity, x.u).Distinct(StringComparer.Ordinal))
            .GroupBy(x => x, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (dimension, quantity, canonical, units) in Dimensions)
        {
            foreach (var unit in units)
            {
                var abbreviations = Abbreviations(quantity, unit);
                var symbol = abbreviations.FirstOrDefault(a => !shared.Contains(a) && a != "NM") ?? abbreviations[0];
                var info = new UnitInfo(dimension, Factor(unit, canonical), symbol);
                byUnit[unit] = info;
                if (unit.Equals(canonical))
                    symbols[dimension] = info.Symbol;
                foreach (var spelling in Spellings(quantity, unit))
                    Add(spelling, info);
            }
        }

        symbols[Dimension.Percent] = "%";
        symbols[Dimension.Currency] = "USD";
        symbols[Dimension.Date] = "date";
        symbols[Dimension.Count] = string.Empty;

        foreach (var spelling in clashes)
            exact.Remove(spelling);

        // UnitsNet writes the nautical mile "NM"; in articles "nm" (any case) is the nanometre of chip nodes.
        exact.Remove("NM");
        foreach (var spelling in foldedClashes)
            folded.Remove(spelling);

        // Aliases are decided, so they replace whatever UnitsNet's spellings gave (and settle clashes).
        foreach (var (spelling, unit) in Aliases)
        {
            exact[spelling] = byUnit[unit];
            folded[spelling.ToLowerInvariant()] = byUnit[unit];
        }

        // A bare "ton" is the metric tonne, the US short ton or the British long ton: the article rarely says which,
        // so its figures span all three ("400,000 tons" is 362,874 t to 406,419 t at its precision's middle).
        var tonne = byUnit[MassUnit.Tonne].Factor;
        var (least, most) = (byUnit[MassUnit.ShortTon].Factor, byUnit[MassUnit.LongTon].Factor);
        var ton = new UnitInfo(Dimension.Mass, (least + most) / 2, "ton")
        {
            LeastFactor = Math.Min(least, tonne), MostFactor = Math.Max(most, tonne), Meanings = "a ton may be short, metric or long",
        };
        Decide(ton, "ton", "tons");

        // A decade is ten years of 365 days, as the catalogue's year is ("Nearly a decade", "within a decade").
        var decade = byUnit[DurationUnit.Year365] with { Factor = byUnit[DurationUnit.Year365].Factor * 10, Symbol = "decade" };
        Decide(decade, "decade", "decades");
        Decide(new UnitInfo(Dimension.Percent, 1, "%"), "%", "percent", "per cent", "pct", "percentage points");

        Exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        Folded = folded.ToFrozenDictionary(StringComparer.Ordinal);
        ExactSpan = Exact.GetAlternateLookup<ReadOnlySpan<char>>();
        FoldedSpan = Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        CanonicalSymbols = symbols.ToFrozenDictionary();

        // Spellings decided here, in lower case, whatever UnitsNet's spellings gave.
        void Decide(UnitInfo info, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                exact[spelling] = info;
                folded[spelling] = info;
            }
        }

        void Add(string spelling, UnitInfo info)
        {
            if (exact.TryGetValue(spelling, out var existing) && existing != info)
                clashes.Add(spelling);
            else
                exact[spelling] = info;
            var lower = spelling.ToLowerInvariant();
            if (folded.TryGetValue(lower, out var existingLower) && existingLower != info)
                foldedClashes.Add(lower);
            else
                folded[lower] = info;
        }
    }

    /// <summary>True when a word of letters the catalogue knows as a unit starts at the scanner ("year", "hour", "mile"); the scanner is not moved.</summary>
    public static bool StartsUnitWord(TextScanner scanner)
    {
        var text = scanner.Text;
        var end = scanner.Position;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return end - scanner.Position > 1 && TryFind(text.AsSpan(scanner.Position, end - scanner.Position), out _);
    }

    /// <summary>Every spelling the catalogue reads, for did-you-mean suggestions.</summary>
    public static IEnumerable<string> Spellings() => Folded.Keys;

    /// <summary>The canonical unit symbol of a dimension ("nm", "km²", "s", "" for counts).</summary>
    public static string CanonicalSymbol(Dimension dimension) => CanonicalSymbols.GetValueOrDefault(dimension, string.Empty);

    /// <summary>
    /// The unit a phrase names: an exact spelling first ("mm" against "Mm"), then case folded where that is
    /// unambiguous. <paramref name="phrase"/> has its words separated by single spaces.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> phrase, out UnitInfo unit)
    {
        if (ExactSpan.TryGetValue(phrase, out unit))
            return true;
        if (phrase.Length > 64)
            return false;
        // One letter is read only as written ("5 g", "5 t"): "5G" is a network, not five grams.
        if (phrase.Length == 1)
            return false;
        Span<char> lower = stackalloc char[phrase.Length];
        phrase.ToLowerInvariant(lower);
        return FoldedSpan.TryGetValue(lower, out unit);
    }

    /// <summary>The unit a whole string names (a registry's <c>unit:</c>), or null; never a spelling of several units ("tons").</summary>
    public static UnitInfo? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return TryFind(SingleSpaced(text), out var unit) && !unit.Ambiguous ? unit : null;
    }

    /// <summary>True when <paramref name="text"/> is a spelling of several units ("tons"), which no registry unit can be.</summary>
    public static bool IsAmbiguous(string text) => TryFind(SingleSpaced(text), out var unit) && unit.Ambiguous;

    private static string SingleSpaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when <paramref name="text"/> is a spelling the catalogue reads.</summary>
    public static bool Knows(string text) => Exact.ContainsKey(text) || Folded.ContainsKey(text.ToLowerInvariant());

    /// <summary>Every unit of the catalogue with its quantity's canonical unit (for the test that holds this class to UnitsNet).</summary>
    internal static IEnumerable<(Enum Unit, Enum Canonical)> Units() => Dimensions.SelectMany(d => d.Units.Select(u => (u, d.Canonical)));

    /// <summary>
    /// UnitsNet's invariant abbreviations of <paramref name="unit"/>, read from the resource UnitsNet itself reads them
    /// from (one per quantity, keyed by the unit's plural name), so that only the quantities used here are loaded.
    /// </summary>
    internal static string[] Abbreviations(Enum unit) =>
        Abbreviations(Dimensions.First(d => d.Units.Contains(unit)).Quantity, unit);

    private static string[] Abbreviations(QuantityInfo quantity, Enum unit)
    {
        var written = Resources[quantity.Name].GetString(UnitOf(quantity, unit).PluralName, CultureInfo.InvariantCulture);
        return written is null ? [] : written.Split(',');
    }

    private static UnitsNet.UnitInfo UnitOf(QuantityInfo quantity, Enum unit) => quantity.UnitInfos.First(i => i.Value.Equals(unit));

    /// <summary>What one <paramref name="unit"/> is in <paramref name="canonical"/>, by the quantity's own conversion.</summary>
    internal static double Factor(Enum unit, Enum canonical) => (unit, canonical) switch
    {
        (LengthUnit u, LengthUnit c) => Length.From(1, u).As(c),
        (AreaUnit u, AreaUnit c) => Area.From(1, u).As(c),
        (DurationUnit u, DurationUnit c) => Duration.From(1, u).As(c),
        (MassUnit u, MassUnit c) => Mass.From(1, u).As(c),
        (VolumeUnit u, VolumeUnit c) => Volume.From(1, u).As(c),
        (EnergyUnit u, EnergyUnit c) => Energy.From(1, u).As(c),
        (PowerUnit u, PowerUnit c) => (double)Power.From(1, u).As(c),
        (SpeedUnit u, SpeedUnit c) => Speed.From(1, u).As(c),
        (InformationUnit u, InformationUnit c) => (double)Information.From(1, u).As(c),
        _ => throw new ArgumentException($"{unit} and {canonical} are not units of one quantity of the catalogue", nameof(unit)),
    };

    // UnitsNet's abbreviations (except quote marks for feet and inches) and its names as words, with the
    // British -metre/-litre spelling beside the American one.
    private static IEnumerable<string> Spellings(QuantityInfo quantity, Enum unit)
    {
        foreach (var abbreviation in Abbreviations(quantity, unit))
        {
            if (abbreviation.Length > 0 && abbreviation.Any(char.IsLetter))
                yield return abbreviation;
        }

        var info = UnitOf(quantity, unit);
        foreach (var name in (string[])[info.Name, info.PluralName])
        {
            if (name.Any(char.IsAsciiDigit))
                continue;
            var words = Words(name);
            yield return words;
            var british = words.Replace("meter", "metre", StringComparison.Ordinal).Replace("liter", "litre", StringComparison.Ordinal);
            if (british != words)
                yield return british;
        }
    }

    // "SquareKilometer" → "square kilometer"; "KilometersPerHour" → "kilometers per hour".
    private static string Words(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                builder.Append(' ');
            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
