using CsCheck;
using Sajag.Safety.Moderation;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>Check never throws, whatever the text, and a phone number in any answer never survives masking.</summary>
public sealed class ModeratorPropertyTests
{
    [Fact]
    public void ArbitraryText_NeverThrows() =>
        Gen.String[0, 400].Sample(text =>
        {
            var result = Moderator.Check(text);
            Assert.Equal(result.Flagged, result.Reasons.Count > 0);
            Assert.All(result.Findings, f => Assert.InRange(f.Start + f.Length, 0, text.Length));
        }, iter: 3000);

    [Fact]
    public void ArbitraryMixedScriptText_NeverThrows() =>
        Gen.Char["abcdefghijklmnopqrstuvwxyz *@$!.-_0123456789০১২৩৪৫৬৭৮৯কখগমাি্\u200B\u200Dѕех"].Array[0, 300]
            .Select(chars => new string(chars))
            .Sample(text => Assert.NotNull(Moderator.Check(text).Masked), iter: 3000);

    private static Gen<string> OneOf(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static readonly Gen<string> Words = OneOf(
        "hello", "ami", "tumi", "আমি", "তুমি", "call", "fuck", "magi", "www.x.com", "@rahim", "বাসা", "road", "নম্বর", "number", ":", ",", "।");

    private static readonly Gen<string> Separator = OneOf("", " ", "-", " ", ".");

    // A Bangladeshi mobile in a random shape: +880, 880 or 0; ASCII, Bengali or mixed digits; spaces, dots or dashes.
    private static readonly Gen<(string Written, string Subscriber)> Mobile =
        Gen.Select(Gen.Int[3, 9], Gen.Int[0, 99_999_999], OneOf("+880", "880", "0", "+880 "), Gen.Bool.Array[11], Separator, Separator)
            .Select((op, number, prefix, bengali, sep1, sep2) =>
            {
                var subscriber = number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                var national = $"1{op}{subscriber}";
                var shaped = prefix + national[..4] + sep1 + national[4..7] + sep2 + national[7..];
                var written = new string(shaped.Select((c, i) => char.IsAsciiDigit(c) && bengali[i % 11] ? (char)('০' + (c - '0')) : c).ToArray());
                return (written, subscriber);
            });

    [Fact]
    public void APhoneNumberAnywhereInAnAnswer_NeverSurvivesMasking() =>
        Gen.Select(Words.Array[0, 8], Mobile, Words.Array[0, 8]).Sample((before, mobile, after) =>
        {
            var text = string.Join(' ', before.Append(mobile.Written).Concat(after));
            var masked = Digits.ToAscii(Moderator.Check(text).Masked);
            Assert.DoesNotContain(mobile.Subscriber, new string(masked.Where(char.IsAsciiDigit).ToArray()), StringComparison.Ordinal);
            Assert.Contains("[phone]", masked, StringComparison.Ordinal);
        }, iter: 2000);
}
