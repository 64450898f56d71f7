using Sajag.Tests.Fixtures;

namespace Sajag.Content.Tests;

public sealed class HelplineNumberTests
{
    [Fact]
    public void TheDefaultPack_GivesTheChildHelplineAndTheEmergencyNumber()
    {
        var pack = PackLoader.Load(TestPack.DefaultPackPath).Pack!;

        Assert.Equal("1098", pack.HelplineNumber(ContentPack.ChildHelplineId));
        Assert.Equal("999", pack.HelplineNumber(ContentPack.EmergencyHelplineId));
    }

    [Fact]
    public void APackWithoutThoseIds_GivesItsFirstNumber()
    {
        using var fixture = new TestPack();
        fixture.Replace("helplines.yaml", "number: \"1098\"", "number: \"4321\"");
        var pack = PackLoader.Load(fixture.Path).Pack!;

        Assert.Null(pack.FindHelpline(ContentPack.EmergencyHelplineId));
        Assert.Equal("4321", pack.HelplineNumber(ContentPack.EmergencyHelplineId));
    }

    /// <summary>
    /// The guides, glossary, lessons and cards write helpline numbers into their prose; each must be one of the numbers
    /// in helplines.yaml (a number changed there and not in a guide, or mistyped in a guide, fails here). A number counts
    /// as a phone number when it is a Bangladeshi mobile number, or when a call word is near it.
    /// </summary>
    [Fact]
    public void EveryPhoneNumberInThePacksProse_IsOneOfItsHelplines()
    {
        var pack = PackLoader.Load(TestPack.DefaultPackPath).Pack!;
        var known = pack.Helplines.Select(h => h.Number).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(TestPack.DefaultPackPath, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "helplines.yaml");

        var found = files.SelectMany(f => PhoneNumbers(File.ReadAllText(f)).Select(n => (File: Path.GetFileName(f), Number: n))).ToList();

        var unknown = found.Where(n => !known.Contains(n.Number)).Select(n => $"{n.File}: {n.Number}").Distinct().ToList();
        Assert.True(unknown.Count == 0, "Not a helpline in helplines.yaml: " + string.Join(", ", unknown));
        // Not vacuous: the numbers the guides name are all found.
        Assert.Superset(new HashSet<string> { "1098", "999", "109", "01320000888" }, found.Select(n => n.Number).ToHashSet());
    }

    [Theory]
    [InlineData("call **1089** now", "1089")]
    [InlineData("চাইল্ড হেল্পলাইন 1908-এ ফোন করুন", "1908")]
    [InlineData("PCSW: 01320000889, for girls", "01320000889")]
    [InlineData("One offender can be chatting with 200 or more young people", null)]
    [InlineData("In 2018, about 226 girls and boys took part", null)]
    [InlineData("- **১০৮৯**: বিনা খরচে", "1089")]
    [InlineData("গতকাল সে তোমার ফোনে ২০০ টাকা রিচার্জ করে দিয়েছে", null)]
    public void APhoneNumber_IsToldApartFromACount(string text, string? number)
    {
        Assert.Equal(number is null ? [] : [number], PhoneNumbers(text));
    }

    private static readonly System.Text.RegularExpressions.Regex Number = new(@"(?<![\d\p{L}.,/:-])(0\d{10}|\d{3,4})(?![\d\p{L}])");
    private static readonly System.Text.RegularExpressions.Regex CallWord = new(@"call|dial|helpline|hotline|হেল্পলাইন|ফোন কর|কল কর", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Numbers written as a phone number: a mobile number, one in bold, or one near a call word (Bengali digits read as ASCII).</summary>
    private static List<string> PhoneNumbers(string text) =>
        Number.Matches(text)
            .Where(m => m.Value.Length == 11 || Bold(text, m) || CallWord.IsMatch(Around(text, m.Index, m.Length)))
            .Select(m => string.Concat(m.Value.Select(c => c is >= '০' and <= '৯' ? (char)('0' + (c - '০')) : c)))
            .ToList();

    private static bool Bold(string text, System.Text.RegularExpressions.Match m) =>
        m.Index >= 2 && text.AsSpan(m.Index - 2, 2).SequenceEqual("**") && text.AsSpan(m.Index + m.Length).StartsWith("**");

    private static string Around(string text, int index, int length)
    {
        var start = Math.Max(0, index - 30);
        return text[start..Math.Min(text.Length, index + length + 30)];
    }
}
