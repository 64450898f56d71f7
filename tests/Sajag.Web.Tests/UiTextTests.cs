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

    [Theory]
    [InlineData("2026-11-29", "২০২৬-১১-২৯")]
    [InlineData("Call 1098", "Call ১০৯৮")]
    public void BengaliDigits_ReplaceAsciiDigits(string text, string expected) =>
        Assert.Equal(expected, UiText.ToBengaliDigits(text));
}
