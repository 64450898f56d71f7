using Sajag.Safety.Posts;
using Sajag.Safety.Moderation;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>Personal details are masked by kind in any answer, flagged or not, and none of a number's digits survive.</summary>
public sealed class ModeratorDetailTests
{
    public static TheoryData<string, string, ModerationReason> Masked => new()
    {
        // Phone numbers: Bangladeshi mobiles in every common shape, land lines, international.
        { "call me +8801712345678 now", "call me [phone] now", ModerationReason.Phone },
        { "8801712345678", "[phone]", ModerationReason.Phone },
        { "my number 01712345678", "my number [phone]", ModerationReason.Phone },
        { "01712-345678", "[phone]", ModerationReason.Phone },
        { "017 1234 5678 call", "[phone] call", ModerationReason.Phone },
        { "01712 345 678", "[phone]", ModerationReason.Phone },
        { "+880 1712-345678", "[phone]", ModerationReason.Phone },
        { "আমার নম্বর ০১৭১২৩৪৫৬৭৮", "আমার নম্বর [phone]", ModerationReason.Phone },
        { "নম্বর ০১৭১২-৩৪৫৬৭৮ দিলাম", "নম্বর [phone] দিলাম", ModerationReason.Phone },
        { "ami 017১২৩৪৫৬৭৮ e thaki", "ami [phone] e thaki", ModerationReason.Phone },
        { "০১৭\u200B১২৩৪৫৬৭৮", "[phone]", ModerationReason.Phone },
        { "office 02-9123456", "office [phone]", ModerationReason.Phone },
        { "+44 20 7946 0958", "[phone]", ModerationReason.Phone },
        { "+1 (555) 123-4567 is my uncle", "[phone] is my uncle", ModerationReason.Phone },
        // Disguised: a letter stuck before it, letters that look like digits, the leading 0 left out.
        { "r01712345678", "r[phone]", ModerationReason.Phone },
        { "Rina O1712345678", "Rina [phone]", ModerationReason.Phone },
        { "O1712-345678", "[phone]", ModerationReason.Phone },
        { "rina 0l712345678", "rina [phone]", ModerationReason.Phone },
        { "1712 345 678", "[phone]", ModerationReason.Phone },
        { "call me to 1712 345 678 ok", "call me to [phone] ok", ModerationReason.Phone },

        // Emails, also spelt out.
        { "mail rahim.k@gmail.com please", "mail [email] please", ModerationReason.Email },
        { "rahim at gmail dot com", "[email]", ModerationReason.Email },
        { "rahim [at] yahoo.com", "[email]", ModerationReason.Email },
        { "ইমেইল rahim জিমেইল ডট কম", "ইমেইল [email]", ModerationReason.Email },
        { "রহিম অ্যাট জিমেইল ডট কম", "[email]", ModerationReason.Email },

        // Handles, not an email's @.
        { "follow @rahim_123 on insta", "follow [handle] on insta", ModerationReason.Handle },
        { "আমার আইডি @sadia.k", "আমার আইডি [handle]", ModerationReason.Handle },

        // Links.
        { "see https://example.org/x?y=1", "see [link]", ModerationReason.Link },
        { "www.mysite.net is mine", "[link] is mine", ModerationReason.Link },
        { "fb.com/rahim.k", "[link]", ModerationReason.Link },
        { "bit.ly/abc12.", "[link].", ModerationReason.Link },
        { "wa.me/8801712345678", "[link]", ModerationReason.Link },
        { "join t.me/groupname", "join [link]", ModerationReason.Link },

        // Addresses.
        { "House 12, Road 5, Dhanmondi", "[address], Dhanmondi", ModerationReason.Address },
        { "বাসা ১২, রোড ৫", "[address]", ModerationReason.Address },
        { "amar basha 12 road 5", "amar [address]", ModerationReason.Address },
        { "flat 3B", "[address]", ModerationReason.Address },
        { "we are in sector 7 now", "we are in [address] now", ModerationReason.Address },
        { "বাড়ি নং ১২", "[address]", ModerationReason.Address },
    };

    [Theory]
    [MemberData(nameof(Masked))]
    public void Check_WithAPersonalDetail_MasksItByKind(string text, string masked, ModerationReason reason)
    {
        var result = Moderator.Check(text);

        Assert.Equal(masked, result.Masked);
        Assert.True(result.Flagged);
        Assert.Contains(reason, result.Reasons);
    }

    [Theory]
    [MemberData(nameof(Masked))]
    public void Check_LeavesNoDigitRunOfAMaskedNumber(string text, string masked, ModerationReason reason)
    {
        _ = masked;
        if (reason != ModerationReason.Phone)
        {
            return;
        }

        var digits = new string(Digits.ToAscii(text).Where(char.IsAsciiDigit).ToArray());
        var left = Digits.ToAscii(Moderator.Check(text).Masked);

        for (var i = 0; i + 3 <= digits.Length; i++)
        {
            Assert.DoesNotContain(digits.Substring(i, 3), left, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_MasksDetailsAndWordsTogether()
    {
        var result = Moderator.Check("shala call 01712345678 or mail x@y.com");

        Assert.Equal("s*** call [phone] or mail [email]", result.Masked);
        Assert.Equal([ModerationReason.Abuse, ModerationReason.Phone, ModerationReason.Email], result.Reasons);
    }

    [Theory]
    [InlineData("Call 1098 or 999 for help")]
    [InlineData("PCSW 01320000888 helps girls")]
    [InlineData("Use takeitdown.ncmec.org to remove an image")]
    [InlineData("In 2018-2023 we played 20 cards")]
    [InlineData("89.9% of images were harvested")]
    [InlineData("Call me at 7 pm")]
    [InlineData("e.g. block them, i.e. do not reply")]
    [InlineData("the end.Me too")]
    [InlineData("I use gmail dot com")]
    [InlineData("ami jimeil use kori")]
    [InlineData("আমি জিমেইল ডট কম ব্যবহার করি")]
    [InlineData("born 2024-05-10 10:30, price 1500 taka")]
    [InlineData("olio 2010 2011 2012")]
    [InlineData("roll 1234567890 in class 9")]
    public void Check_WithNumbersAndHelpThatAreNotPersonal_MasksNothing(string text)
    {
        var result = Moderator.Check(text, PackHelplines.Value);

        Assert.False(result.Flagged, string.Join(", ", result.Findings));
        Assert.Equal(text, result.Masked);
    }

    [Theory]
    [InlineData("PCSW 01320000888 helps girls", "PCSW [phone] helps girls")]
    [InlineData("Use takeitdown.ncmec.org to remove an image", "Use [link] to remove an image")]
    public void Check_WithoutThePacksHelplines_MasksEveryContactDetail(string text, string masked)
    {
        Assert.Equal(masked, Moderator.Check(text).Masked);
    }

    [Theory]
    [InlineData("message facebook.com/PCSW.PHQ or mail cybersupport.women@police.gov.bd")]
    [InlineData("https://takeitdown.ncmec.org/faq helps")]
    public void Check_WithThePacksHelplines_LeavesEveryHelplineTheyNameReadable(string text)
    {
        Assert.Equal(text, Moderator.Check(text, PackHelplines.Value).Masked);
    }

    // The safe contacts come from the default pack, never from the code.
    private static readonly Lazy<SafeContacts> PackHelplines = new(() =>
    {
        var loaded = Sajag.Content.PackLoader.Load(Sajag.Tests.Fixtures.TestPack.DefaultPackPath);
        return new SafeContacts(loaded.Pack!.HelpContactTexts());
    });
}
