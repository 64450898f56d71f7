using System.Text;
using Sajag.Game.Measure;

namespace Sajag.Game.Tests.Measure;

public sealed class CsvTests
{
    [Fact]
    public void Write_StartsWithAByteOrderMark_AndEndsEachLineWithCrLf()
    {
        var bytes = Write(["topic", "gain"], [["গ্রুমিং", "0.225"], ["bullying", "-0.050"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("topic,gain\r\nগ্রুমিং,0.225\r\nbullying,-0.050\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    public static TheoryData<string, string> Fields => new()
    {
        { "plain", "plain" },
        { "", "" },
        { "a,b", "\"a,b\"" },
        { "say \"no\"", "\"say \"\"no\"\"\"" },
        { "two\nlines", "\"two\nlines\"" },
        { "two\r\nlines", "\"two\r\nlines\"" },
        { "ঢাকা, সাতক্ষীরা", "\"ঢাকা, সাতক্ষীরা\"" },
        { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
        { "+1+2", "'+1+2" },
        { "-1+2", "'-1+2" },
        { "-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0" },
        { "@SUM(A1)", "'@SUM(A1)" },
        { "\tx", "'\tx" },
        { "\rx", "\"'\rx\"" },
        { "-0.050", "-0.050" },
        { "-12", "-12" },
        { "-", "'-" },
        { "-.5", "'-.5" },
        { "-1.2.3", "'-1.2.3" },
        { "a=b", "a=b" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_QuotesAndGuardsAgainstFormulas(string value, string written) => Assert.Equal(written, Csv.Field(value));

    [Fact]
    public void Write_RoundTripsAQuotedMultiLineField()
    {
        var bytes = Write(["answer"], [["line one\r\nline \"two\", end"]]);

        Assert.Equal("answer\r\n\"line one\r\nline \"\"two\"\", end\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();

        Csv.Write(stream, ["a"], []);

        Assert.True(stream.CanWrite);
        Assert.Equal(3 + 3, stream.Length);
    }

    [Fact]
    public void Format_WritesSuppressedFiguresAsTheCallersText()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);
        var boys = report.ByGender.Single(r => r.Group == Gender.Boy);
        var girls = report.ByGender.Single(r => r.Group == Gender.Girl);

        Assert.Equal("fewer than 5", Csv.Format(boys.Estimate.Value?.Gain, "fewer than 5"));
        Assert.Equal("fewer than 5", Csv.Format(boys.People.People, "fewer than 5"));
        Assert.Equal("0.281", Csv.Format(girls.Estimate.Value?.Gain, "fewer than 5"));
        Assert.Equal("19", Csv.Format(girls.People.People, "fewer than 5"));
        Assert.Equal("-0.062", Csv.Format(-0.0621, "x"));
    }

    [Fact]
    public void Fields_OfAnEstimate_WriteItsFigures_OrTheSuppressedTextEverywhere()
    {
        var report = ProgrammeReport.Build(ReportFixture.All, ReportFilter.None);

        Assert.Equal(["19", "96", "0.469", "0.750", "0.281", "0.157", "0.393"], Csv.Fields(report.ByGender.Single(r => r.Group == Gender.Girl).Estimate, "<5"));
        Assert.Equal(Enumerable.Repeat("<5", 7), Csv.Fields(report.ByGender.Single(r => r.Group == Gender.Boy).Estimate, "<5"));
        var withoutCheck = SessionReport.Build(ReportFixture.A with { Topics = [] });
        Assert.Equal(["0", "", "", "", "", "", ""], Csv.Fields(withoutCheck.AllTopics, "<5"));
    }

    private static byte[] Write(string[] header, string[][] rows)
    {
        using var stream = new MemoryStream();
        Csv.Write(stream, header, rows);
        return stream.ToArray();
    }
}
