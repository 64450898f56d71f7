using Sajag.Web.Infrastructure;

namespace Sajag.Web.Tests;

public sealed class UiTextTests
{
    [Fact]
    public void EveryInterfaceText_HasEnglishAndBanglaInBengaliScript()
    {
        Assert.NotEmpty(UiText.Keys);
        foreach (var key in UiText.Keys)
        {
            var english = UiText.Get(key, "en");
            var bangla = UiText.Get(key, "bn");
            Assert.False(string.IsNullOrWhiteSpace(english), key);
            Assert.Contains(bangla, c => c is >= '\u0980' and <= '\u09FF');
            Assert.NotEqual(english, bangla);
        }
    }

    [Fact]
    public void EveryInterfaceText_UsesTheGlossarysOneTermForEachIdea()
    {
        var pack = Sajag.Content.PackLoader.LoadValid(Sajag.Tests.Fixtures.TestPack.DefaultPackPath);
        var glossary = pack.Glossary;
        var help = new Sajag.Safety.Check.HelpNumbers(pack.HelplineNumber(Sajag.Content.ContentPack.ChildHelplineId), pack.HelplineNumber(Sajag.Content.ContentPack.EmergencyHelplineId));

        // The page's own words and the conversation check's words (signs, levels, advice), which a young person reads too.
        var texts = UiText.Keys.Select(key => (key, Get: (Func<string, string>)(l => UiText.Get(key, l))))
            .Concat(Sajag.Safety.Check.CheckTexts.Keys.Select(key => (key, Get: (Func<string, string>)(l => Sajag.Safety.Check.CheckTexts.Get(key, l, help)))));
        var misused = texts
            .SelectMany(text => new[] { "en", "bn" }.SelectMany(l => Sajag.Content.Terminology.Find(text.Get(l), glossary))
                .Select(m => $"{text.key}: '{m.Word}' (write '{m.Instead}')"))
            .ToList();

        Assert.True(misused.Count == 0, string.Join("\n", misused));
    }

    [Theory]
    [InlineData("2026-11-29", "২০২৬-১১-২৯")]
    [InlineData("Call 1098", "Call ১০৯৮")]
    public void BengaliDigits_ReplaceAsciiDigits(string text, string expected) =>
        Assert.Equal(expected, UiText.ToBengaliDigits(text));
}
