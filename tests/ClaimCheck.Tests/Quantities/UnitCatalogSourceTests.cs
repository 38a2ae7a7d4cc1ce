using System.Globalization;
using ClaimCheck.Quantities;
using UnitsNet;

namespace ClaimCheck.Tests.Quantities;

/// <summary>
/// The catalogue reads UnitsNet's abbreviations from the resource UnitsNet keeps them in, and converts with each
/// quantity's own conversion, so that a run does not build all of UnitsNet's quantities (UnitsNetSetup.Default).
/// These hold what it reads to what UnitsNet's public API gives for every unit, so an upgrade of UnitsNet that moves
/// the resources or changes a figure fails here, not silently in a report.
/// </summary>
public class UnitCatalogSourceTests
{
    private static IEnumerable<TestCaseData> Units() =>
        UnitCatalog.Units().Select(u => new TestCaseData(u.Unit, u.Canonical).SetArgDisplayNames($"{u.Unit.GetType().Name}.{u.Unit}"));

    [TestCaseSource(nameof(Units))]
    public void Abbreviations_are_UnitsNets_own(Enum unit, Enum canonical)
    {
        var expected = UnitsNetSetup.Default.UnitAbbreviations.GetUnitAbbreviations(
            unit.GetType(), Convert.ToInt32(unit, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        Assert.That(expected, Is.Not.Empty);
        Assert.That(UnitCatalog.Abbreviations(unit), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Units))]
    public void Factors_are_UnitsNets_conversion(Enum unit, Enum canonical)
    {
        Assert.That(UnitCatalog.Factor(unit, canonical), Is.EqualTo(UnitConverter.Convert(1, unit, canonical)));
    }

    [Test]
    public void The_catalogue_covers_every_dimension_it_reads()
    {
        // 9 quantities and their units; a unit dropped from the table would lose its spellings.
        Assert.That(UnitCatalog.Units().Select(u => u.Unit.GetType()).Distinct().Count(), Is.EqualTo(9));
        Assert.That(UnitCatalog.Units().Count(), Is.EqualTo(UnitCatalog.Units().Distinct().Count()));
    }

    [Test]
    public void Units_of_different_quantities_do_not_convert()
    {
        Assert.Throws<ArgumentException>(() => UnitCatalog.Factor(UnitsNet.Units.LengthUnit.Meter, UnitsNet.Units.MassUnit.Kilogram));
    }
}
