using System.Globalization;
using System.Xml.Linq;
using Sajag.Game.Measure;

namespace Sajag.Game.Tests.Measure;

public sealed class ChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly ChartText English = new("Before and after", "Before", "After", "Change", "95% CI", "fewer than 5", Percent);

    private static readonly ChartText Bangla = new("আগে ও পরে", "আগে", "পরে", "পরিবর্তন", "৯৫% আস্থা", "৫ জনের কম", BengaliPercent);

    private static readonly PairedEstimate Estimate = PairedProportions.Estimate(new PairCounts(20, 3, 12, 5))!;

    [Fact]
    public void BeforeAfter_IsAScalableImageWithATitleAndEveryFigureInItsLabel()
    {
        var svg = Parse(Charts.BeforeAfter([new ChartRow("Grooming", Estimate)], English));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.StartsWith("0 0 360 ", (string?)svg.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.Null(svg.Attribute("width"));
        Assert.Equal("Before and after", svg.Element(Svg + "title")?.Value);
        Assert.Equal("Before and after. Grooming: Before 58%, After 80%, Change +23% (95% CI 4% – 39%).", (string?)svg.Attribute("aria-label"));
    }

    [Fact]
    public void BeforeAfter_DrawsABeforeBarAnAfterBarAndTheInterval_ToScale()
    {
        var svg = Parse(Charts.BeforeAfter([new ChartRow("Grooming", Estimate)], English));

        var before = svg.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "before");
        var after = svg.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "after");
        Assert.Equal(0.575 * 210, double.Parse((string)before.Attribute("width")!, CultureInfo.InvariantCulture), 0.06);
        Assert.Equal(0.8 * 210, double.Parse((string)after.Attribute("width")!, CultureInfo.InvariantCulture), 0.06);
        var interval = svg.Descendants(Svg + "path").Single(p => (string?)p.Attribute("class") == "ci");
        Assert.StartsWith($"M{(0.575 + Estimate.Low) * 210:0.#} ", (string?)interval.Attribute("d"), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeAfter_DrawsASuppressedRowAsItsLabelAndTheFewerThanFiveText_WithoutBars()
    {
        var svg = Parse(Charts.BeforeAfter([new ChartRow("Boys", null), new ChartRow("Girls", Estimate)], English));

        Assert.Equal(2, svg.Descendants(Svg + "rect").Count());
        Assert.Single(svg.Descendants(Svg + "path"));
        var texts = svg.Descendants(Svg + "text").ToList();
        Assert.Equal("Boys", texts[0].Value);
        Assert.Equal("fewer than 5", texts[1].Value);
        Assert.Equal("suppressed", (string?)texts[1].Attribute("class"));
        Assert.Contains("Boys: fewer than 5", (string?)svg.Attribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeAfter_InBangla_KeepsTheLettersAndWritesBengaliDigits()
    {
        var markup = Charts.BeforeAfter([new ChartRow("গ্রুমিং", Estimate)], Bangla);
        var svg = Parse(markup);

        Assert.Equal("গ্রুমিং", svg.Descendants(Svg + "text").First().Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "আগে ৫৮%");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "পরিবর্তন +২৩% (৯৫% আস্থা ৪% – ৩৯%)");
        Assert.DoesNotContain("letter-spacing", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_NeverUseInlineStyles_OnlyClasses()
    {
        var both = Charts.BeforeAfter([new ChartRow("a", Estimate), new ChartRow("b", null)], English) + Charts.Bars([new BarRow("c", 0.5), new BarRow("d", null)], English);

        Assert.DoesNotContain("style", both, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fill=", both, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_EscapeEveryText()
    {
        var hostile = "<script>alert(1)</script> & \"quotes\" 'too'\u0001";
        var text = English with { Title = hostile, FewerThanFive = hostile };

        var markup = Charts.BeforeAfter([new ChartRow(hostile, Estimate), new ChartRow(hostile, null)], text) + Charts.Bars([new BarRow(hostile, 0.4)], text);

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        var svg = Parse(Charts.Bars([new BarRow(hostile, 0.4)], text));
        Assert.Equal("<script>alert(1)</script> & \"quotes\" 'too' ", svg.Descendants(Svg + "text").First().Value);
    }

    [Fact]
    public void Bars_DrawEachCardsRate_AndNoBarForASuppressedCard()
    {
        var report = SessionReport.Build(ReportFixture.A);
        var rows = report.Cards.Select(c => BarRow.From($"Card {c.CardIndex + 1}", c.Rate)!).ToList();

        var svg = Parse(Charts.Bars(rows, English with { Title = "Correct answers" }));

        var bars = svg.Descendants(Svg + "rect").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(0.6 * 210, double.Parse((string)bars[0].Attribute("width")!, CultureInfo.InvariantCulture), 0.06);
        Assert.Equal("Correct answers. Card 1: 60%; Card 2: fewer than 5; Card 3: 100%.", (string?)svg.Attribute("aria-label"));
    }

    [Fact]
    public void From_AReportFigure_KeepsShownAndSuppressedRows_AndLeavesOutGroupsWithoutPairs()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);
        var withoutCheck = ProgrammeReport.Build(ReportFixture.All.Select(s => s with { Topics = [] }), ReportFilter.None);

        Assert.Equal(report.ByGender[1].Estimate.Value, ChartRow.From("Girls", report.ByGender[1].Estimate)!.Estimate);
        Assert.Null(ChartRow.From("Boys", report.ByGender[2].Estimate)!.Estimate);
        Assert.Null(ChartRow.From("Girls", withoutCheck.ByGender[1].Estimate));
        Assert.Null(BarRow.From("Card", Suppression.Of(new CardRate(0, 0), 0)));
    }

    [Fact]
    public void BeforeAfter_OfNoRows_IsStillAValidTitledImage()
    {
        var svg = Parse(Charts.BeforeAfter([], English));

        Assert.Equal("Before and after", (string?)svg.Attribute("aria-label"));
        Assert.Empty(svg.Descendants(Svg + "rect"));
    }

    private static XElement Parse(string markup) => XElement.Parse(markup);

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string BengaliPercent(double share) =>
        string.Concat(Percent(share).Select(c => c is >= '0' and <= '9' ? (char)('০' + (c - '0')) : c));
}
