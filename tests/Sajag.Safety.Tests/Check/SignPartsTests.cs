using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

/// <summary>
/// Signs found by their parts in the forms the eighth batch's writers used (the verb of thinking with the end of a life,
/// material announced in words, formal and northern verb forms, an app named in Latin letters inside Bangla), each with a
/// hard negative that shares its words. The chats are written for these tests.
/// </summary>
public sealed class SignPartsTests
{
    [Theory]
    [InlineData("Me: i keep thinking about ending it\nRafi: bro what happened")]
    [InlineData("Me: if i wasn't here nobody would even notice\nRafi: don't say that")]
    [InlineData("Me: আমি না থাকলে কেউ টের ও পাবে না\nরাফি: এসব বলিস না")]
    [InlineData("Me: ami na thakle keu kheyal o korbe na\nRafi: ki hoise")]
    public void ThoughtsOfEndingIt_OrAnAbsenceNobodyNotices_AreSelfHarmRisk(string chat)
    {
        Assert.Contains(Signs.SelfHarmRisk, CheckHelper.Run(chat).Codes);
    }

    [Theory]
    [InlineData("Me: i was thinking about ending my subscription\nRafi: do it")]
    [InlineData("Me: if i wasn't here tomorrow would anyone feed the cat?\nRafi: i will")]
    public void EndingAThing_OrBeingAway_IsNoSelfHarmRisk(string chat)
    {
        Assert.DoesNotContain(Signs.SelfHarmRisk, CheckHelper.Run(chat).Codes);
    }

    [Fact]
    public void APictureAnnouncedInWords_ThatTheYoungPersonObjectsTo_IsSexualContentSent_FromSomeoneWhoShowsAnotherSign()
    {
        var result = CheckHelper.Run("Kamal: কেমন আছো সুন্দরী?\nKamal: একটা ছবি পাঠাইলাম দেখো 😏\nMe: ছি! এটা কী পাঠাইছেন\nKamal: IMO তে আসো, ওখানে আরো দিবো");

        Assert.Contains(Signs.SexualContentSent, result.Codes);
        Assert.Contains(Signs.PlatformMove, result.Codes);
    }

    [Fact]
    public void AFriendsPictureAnnouncedInWords_ThatTheYoungPersonLaughsAt_IsNoSign()
    {
        var result = CheckHelper.Run("Nila: picnic er chobi pathailam dekh\nMe: haha amake eto mota lagche");

        Assert.DoesNotContain(Signs.SexualContentSent, result.Codes);
    }

    [Theory]
    [InlineData("Office: আপনার স্কুলের নাম দিন\nOffice: স্যারকে বলার দরকার নাই, এটা সরাসরি মন্ত্রণালয় থেকে\nMe: আচ্ছা")]
    [InlineData("Office: আপনার বয়স কত?\nOffice: বিষয়টা গোপন রাখুন\nMe: কেন?")]
    [InlineData("Rashed: তুমার বয়স কত?\nRashed: কাউকে কহিও না হামার কথা\nMe: কেন")]
    [InlineData("giveaway.bd: which school do you go to?\ngiveaway.bd: Don't share with friends, it's for selected winners only\nMe: ok")]
    public void HidingInFormalOrNorthernForms_FromSomeoneWhoAlsoAsksWhoTheYoungPersonIs_IsSecrecy(string chat)
    {
        Assert.Contains(Signs.Secrecy, CheckHelper.Run(chat).Codes);
    }

    [Theory]
    [InlineData("Rashed: তুমার আব্বা আম্মা কখন বাহিরে যায়?\nMe: কেন")]
    [InlineData("Rashed: একলা থাকো কখন?\nMe: কেন")]
    public void WhenTheParentsAreOut_OrWhenTheYoungPersonIsAlone_InNorthernForms_IsAnIsolationCheck(string chat)
    {
        Assert.Contains(Signs.IsolationCheck, CheckHelper.Run(chat).Codes);
    }

    [Fact]
    public void ATutorAskingForTheMother_ToTalkWithHer_IsNoIsolationCheck()
    {
        var result = CheckHelper.Run("Tania Miss: Rohan, is your mother at home? I need to talk to her about this month's fee\nMe: no miss, she's at office\nTania Miss: Ok, I'll call her at 7:30 then");

        Assert.DoesNotContain(Signs.IsolationCheck, result.Codes);
    }

    [Fact]
    public void ComingAlone_InNorthernForms_IsAMeetingRequest()
    {
        Assert.Contains(Signs.MeetingRequest, CheckHelper.Run("Rashed: কাল বিকালে পদ্মার পাড়ে আসো, একলা আসিও\nMe: না").Codes);
    }
}
