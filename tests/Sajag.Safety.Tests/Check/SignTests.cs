using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

/// <summary>Each sign, as a contact might write it, in English, Bangla and Banglish, with spellings the development chats do not use.</summary>
public sealed class SignTests
{
    public static TheoryData<string, string> ContactLines => new()
    {
        { Signs.PersonalInfoRequest, "btw how old r u?" },
        { Signs.PersonalInfoRequest, "তোমার বাসা কোথায়?" },
        { Signs.PersonalInfoRequest, "tumar basha kothay?" },
        { Signs.PersonalInfoRequest, "wat time does ur school finish" },
        { Signs.IsolationCheck, "are your parents home right now?" },
        { Signs.IsolationCheck, "তুমি কি এখন একা?" },
        { Signs.IsolationCheck, "tumi ki ekhon eka?" },
        { Signs.Secrecy, "don't tell your mom about me" },
        { Signs.Secrecy, "কাউকে বলবে না কিন্তু" },
        { Signs.Secrecy, "kauke bolba na" },
        { Signs.Secrecy, "delete this chat after reading" },
        { Signs.Flattery, "you are so mature for your age" },
        { Signs.Flattery, "তোমার মতো সুন্দর কাউকে দেখিনি" },
        { Signs.Flattery, "tumi onek sundoriii" },
        { Signs.LoveBombing, "I've never loved anyone like you" },
        { Signs.LoveBombing, "shudhu ami tomake bujhi" },
        { Signs.LoveBombing, "তুমি আমার সবকিছু" },
        { Signs.GiftsMoney, "I'll send you 500 taka recharge" },
        { Signs.GiftsMoney, "তোমাকে একটা ফোন কিনে দেব" },
        { Signs.GiftsMoney, "tomake 300 diamond gift kore dibo" },
        { Signs.PlatformMove, "add me on telegram, it's safer" },
        { Signs.PlatformMove, "imo te asho" },
        { Signs.PlatformMove, "টেলিগ্রামে আসো, ওখানে কথা বলি" },
        { Signs.ImageRequest, "send me a pic of you in your room" },
        { Signs.ImageRequest, "একটা ছবি পাঠাও শুধু আমার জন্য" },
        { Signs.ImageRequest, "ekta selfie pathao na" },
        { Signs.ImageRequest, "s3nd me a p1c of u" },
        { Signs.SexualTalk, "what are you wearing right now" },
        { Signs.SexualTalk, "তুমি কি পরে আছ এখন?" },
        { Signs.SexualTalk, "ki pore acho?" },
        { Signs.SexualContentSent, "look at the video I sent you, watch it alone" },
        { Signs.SexualContentSent, "ekta boro der video dilam" },
        { Signs.SexualContentSent, "বড়দের ভিডিও পাঠালাম, দেখো" },
        { Signs.MeetingRequest, "let's meet after school, don't bring anyone" },
        { Signs.MeetingRequest, "dekha korba?" },
        { Signs.MeetingRequest, "কাল স্কুলের পর দেখা করবে?" },
        { Signs.PressureCoercion, "if you really loved me you would" },
        { Signs.PressureCoercion, "amake bishshash koro na?" },
        { Signs.PressureCoercion, "এত কিছু দিলাম, একটা ছবি দিতে পারবা না?" },
        { Signs.SelfHarmRisk, "" },
    };

    [Theory]
    [MemberData(nameof(ContactLines))]
    public void ALineFromTheContact_ShowsItsSign(string code, string line)
    {
        if (line.Length == 0)
        {
            return; // self-harm is the young person's own words: see OwnWords_ShowSelfHarmRisk
        }

        var result = CheckHelper.Run($"Stranger: {line}\nMe: ?");

        Assert.Contains(code, result.Codes);
        var sign = result.Signs.First(s => s.Code == code);
        Assert.Equal(0, sign.Message);
        Assert.Equal("Stranger", sign.Author);
        Assert.Equal(line, sign.Text);
        Assert.Contains(sign.Cue, line, StringComparison.Ordinal);
        Assert.Equal("sign." + code, sign.Explanation);
    }

    [Theory]
    [InlineData("I want to die")]
    [InlineData("amar r bachte icche kore na")]
    [InlineData("আমি আর বাঁচতে চাই না")]
    [InlineData("everyone would be better off without me")]
    [InlineData("mone hoy more jai")]
    public void OwnWords_ShowSelfHarmRisk(string line)
    {
        var result = CheckHelper.Run($"Friend: ki hoise?\nMe: {line}");

        Assert.Equal([Signs.SelfHarmRisk], result.Codes);
        Assert.Equal("Me", result.Signs[0].Author);
        Assert.Equal(Level.Danger, result.Level);
    }

    [Theory]
    [InlineData("IM DEAD 💀💀")]
    [InlineData("this test is gonna murder me")]
    [InlineData("kill me now, so embarrassing 🙃")]
    [InlineData("lol i'm dying 😂")]
    public void Hyperbole_IsNotSelfHarm(string line) =>
        Assert.Empty(CheckHelper.Run($"Friend: did u see that\nMe: {line}").Signs);

    [Theory]
    [InlineData("ur so ugly, everyone hates you", Signs.BullyingInsult)]
    [InlineData("তুই একটা ছাগল", Signs.BullyingInsult)]
    [InlineData("tui ekta gadha", Signs.BullyingInsult)]
    [InlineData("tor chehara dekhle bomi ashe", Signs.BullyingInsult)]
    [InlineData("we'll beat you after school", Signs.BullyingThreat)]
    [InlineData("তোর হাত পা ভেঙে দিব", Signs.BullyingThreat)]
    [InlineData("nobody add her to the group, she's a liar", Signs.BullyingExclusion)]
    [InlineData("কেউ ওর সাথে কথা বলবি না", Signs.BullyingExclusion)]
    public void BullyingLines_ShowTheirSign(string line, string code) =>
        Assert.Contains(code, CheckHelper.Run($"Bully: {line}\nMe: stop").Codes);

    [Theory]
    [InlineData("send more or I post your photos")]
    [InlineData("টাকা না দিলে ছবি ছেড়ে দেব")]
    [InlineData("5000 taka bkash koro nahole video shobaike pathabo")]
    [InlineData("i have ur pics. send me 3000 tk on nagad or everyone in ur school sees them")]
    [InlineData("আমার কাছে তোমার ভিডিও আছে, টাকা দাও নাহলে সবাইকে পাঠাব")]
    public void ExposureWithADemand_IsBlackmail(string line)
    {
        var result = CheckHelper.Run($"Stranger: {line}\nMe: please no");

        Assert.Contains(Signs.ThreatBlackmail, result.Codes);
        Assert.DoesNotContain(Signs.BullyingThreat, result.Codes);
        Assert.Equal(Level.Danger, result.Level);
    }
}
