using System.Text.RegularExpressions;
using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

public sealed class CheckTextsTests
{
    // Numbers no real helpline has: whatever the texts say must come from these.
    private static readonly HelpNumbers Numbers = new("4321", "876");

    [Theory]
    [InlineData("en")]
    [InlineData("bn")]
    public void NoText_WritesAHelplineNumberOfItsOwn(string language)
    {
        Assert.All(CheckTexts.Keys, key =>
        {
            var text = CheckTexts.Get(key, language, Numbers);
            var numbers = Regex.Matches(text, @"[0-9০-৯]{3,}").Select(m => m.Value);
            Assert.All(numbers, n => Assert.Contains(n, new[] { "4321", "876" }));
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("advice.call-1098", "en", "Call the Child Helpline 4321: free")]
    [InlineData("advice.call-999", "en", "call 876.")]
    [InlineData("advice.call-1098", "bn", "চাইল্ড হেল্পলাইন 4321-এ ফোন করো")]
    [InlineData("advice.self-harm-talk-now", "en", "Call 4321 (free, day and night), or 876 if")]
    [InlineData("level.danger.text", "bn", "অথবা 4321-এ ফোন করো")]
    public void TheAdvice_NamesThePacksNumbers(string key, string language, string expected)
    {
        Assert.Contains(expected, CheckTexts.Get(key, language, Numbers), StringComparison.Ordinal);
    }
}
