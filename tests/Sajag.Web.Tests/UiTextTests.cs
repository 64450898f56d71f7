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
        var glossary = Sajag.Content.PackLoader.LoadValid(Sajag.Tests.Fixtures.TestPack.DefaultPackPath).Glossary;

        var misused = UiText.Keys
            .SelectMany(key => new[] { "en", "bn" }.SelectMany(l => Sajag.Content.Terminology.Find(UiText.Get(key, l), glossary))
                .Select(m => $"{key}: '{m.Word}' (write '{m.Instead}')"))
            .ToList();

        Assert.True(misused.Count == 0, string.Join("\n", misused));
    }

    [Theory]
    [InlineData("2026-11-29", "২০২৬-১১-২৯")]
    [InlineData("Call 1098", "Call ১০৯৮")]
    public void BengaliDigits_ReplaceAsciiDigits(string text, string expected) =>
        Assert.Equal(expected, UiText.ToBengaliDigits(text));
}
