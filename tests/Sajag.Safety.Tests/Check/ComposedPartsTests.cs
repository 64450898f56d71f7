using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

/// <summary>
/// Signs composed of their parts (2026-12-08): an app with a reason about not being seen, their own picture then one "like
/// mine" asked back, the answer to a questioned identity, love said to be like no other, and the pressure rule's limits
/// (friends' game talk, a condition that is itself the threat, "না" meaning "or"). Each with a hard negative that shares its
/// words. The chats are written for these tests.
/// </summary>
public sealed class ComposedPartsTests
{
    [Theory]
    [InlineData("Arif: gg bro\nArif: whatsapp e amar number ta amar ammu o dekhe. telegram e ekta account khul\nMe: keno")]
    [InlineData("Void: made a private server on discord just for us two\nMe: cool")]
    [InlineData("Rakib: অনন্যা, হোয়াটসঅ্যাপে তোমার আম্মু দেখে, তাই এখানে লিখলাম\nMe: ও আচ্ছা")]
    [InlineData("Jisan: whatsapp number dao, ekhane kotha bola safe na\nMe: keno")]
    public void AnAppNamed_WithAReasonAboutNotBeingSeen_IsAPlatformMove(string chat)
    {
        Assert.Contains(Signs.PlatformMove, CheckHelper.Run(chat).Codes);
    }

    [Theory]
    [InlineData("Nila: class er whatsapp group e notes dilam\nMe: thanks")]
    [InlineData("HSC Notes Hub: amader Telegram channel e join koren, file size boro\nMe: ok")]
    [InlineData("Nila: ammu whatsapp e dekhe nibe tomar result, chinta koro na\nMe: ok")]
    public void AnAppNamed_WithoutAReasonAboutNotBeingSeen_IsNoPlatformMove(string chat)
    {
        Assert.DoesNotContain(Signs.PlatformMove, CheckHelper.Run(chat).Codes);
    }

    [Fact]
    public void TheirOwnPicture_ThenOneLikeMineAskedBack_BySomeoneWhoCourts_IsSexualContentSent()
    {
        var result = CheckHelper.Run("anika.2008: heyyy u r so hot in ur gym pic\nanika.2008: i sent u something. only for u\nMe: whoa\nanika.2008: ur turn. send one like mine, no shirt\nMe: idk");

        Assert.Contains(Signs.SexualContentSent, result.Codes);
        Assert.Contains(Signs.ImageRequest, result.Codes);
    }

    [Fact]
    public void AFriendsPicture_ThenYoursAskedBack_IsNoSexualContentSent()
    {
        var result = CheckHelper.Run("Nila: picnic er chobi pathailam dekh\nMe: haha\nNila: ebar tomar ta pathao, same rokom pose");

        Assert.DoesNotContain(Signs.SexualContentSent, result.Codes);
    }

    [Theory]
    [InlineData("Tanjina: ami Tanjina, class 10\nTanjina: tomar ekta video dao\nMe: tumi na class 10 er meye??\nTanjina: haha meye na bhai. taka pathao")]
    [InlineData("priya.x: I'm Priya, 16, from Kolkata\npriya.x: send me a pic without your shirt\nMe: you said you're 16\npriya.x: I'm whoever I want to be. clock is ticking")]
    public void AnAnswer_ThatDropsTheClaimedIdentity_WhenTheYoungPersonQuestionsIt_IsIdentityDeception(string chat)
    {
        Assert.Contains(Signs.IdentityDeception, CheckHelper.Run(chat).Codes);
    }

    [Fact]
    public void AClassmateQuestioned_WhoShowsNoOtherSign_IsNoIdentityDeception()
    {
        var result = CheckHelper.Run("Rumi: ami o class 9 e\nMe: tumi na class 8?\nRumi: na re, ei bochor 9 e uthlam");

        Assert.DoesNotContain(Signs.IdentityDeception, result.Codes);
    }

    [Theory]
    [InlineData("Tanvir: ami tomake onek valobashi lamia. emon kauke age paini\nMe: hmm")]
    [InlineData("সোহেল: তুমি আমার জীবনের একমাত্র ভালোবাসা\nMe: হুম")]
    [InlineData("Jisan: i love you Sharmin. tumi chara keu amake bujhe na\nMe: sotti?")]
    public void LoveDeclared_AndSaidToBeLikeNoOther_IsLoveBombing(string chat)
    {
        Assert.Contains(Signs.LoveBombing, CheckHelper.Run(chat).Codes);
    }

    [Theory]
    [InlineData("Ammu: valobashi tomake, kokhono bhule jeo na\nMe: ami o")]
    [InlineData("Rafi: i love you bro, never change\nMe: lol love u too, noob")]
    [InlineData("Nila: ami biryani onek valobashi, kokhono na bolbo na\nRumi: same\nMe: haha")]
    public void Love_InFamily_InBanter_OrInAGroup_IsNoLoveBombing(string chat)
    {
        Assert.DoesNotContain(Signs.LoveBombing, CheckHelper.Run(chat).Codes);
    }

    [Theory]
    [InlineData("Sam: hi cutie\nSam: room e eka?\nMe: hmm")]
    [InlineData("Arif Bhai: tor ID de, UC pathai\nArif Bhai: tor abbu ammu ghumaise?\nMe: keno")]
    [InlineData("Kamal: tomar ammu abbu ki kal office e?\nMe: haan")]
    [InlineData("Rony: এখন বাসায় কে আছে?\nMe: কেউ না")]
    [InlineData("Jay: do u have ur own room?\nMe: yes")]
    public void AQuestion_WhetherTheYoungPersonIsByThemselves_OrTheParentsAwayOrAsleep_IsAnIsolationCheck(string chat)
    {
        Assert.Contains(Signs.IsolationCheck, CheckHelper.Run(chat).Codes);
    }

    [Theory]
    [InlineData("Ammu: tumi ki eka? ami office e\nMe: haan")]
    [InlineData("Rumi: amar abbu office e gese, tui ashbi?\nNila: ami ashbo\nMe: ok")]
    [InlineData("Rafi: ami eka eka porlam, tui?\nMe: ami o")]
    [InlineData("Rafi: tor ammu ki bolse result dekhe\nMe: kichu na")]
    public void TheSameWords_FromAParent_AmongFriendsPlanning_OrNotAsked_AreNoIsolationCheck(string chat)
    {
        Assert.DoesNotContain(Signs.IsolationCheck, CheckHelper.Run(chat).Codes);
    }

    [Fact]
    public void FriendsPushingEachOtherIntoAMatch_IsNoPressure()
    {
        var result = CheckHelper.Run("Tamim: free fire e ashbi? 10pm match\nMe: ajke na, porikkha\nTamim: 10pm dont be scared noob\nMe: tui noob\nTamim: custom room e match, rush dibo");

        Assert.DoesNotContain(Signs.PressureCoercion, result.Codes);
    }

    [Fact]
    public void ASuitorPushing_AfterANo_IsStillPressure()
    {
        var result = CheckHelper.Run("Imran: tumi onek sundor\nImran: ekta chobi dao\nMe: na\nImran: eto bhoy keno, ekta chobi hole o dao");

        Assert.Contains(Signs.PressureCoercion, result.Codes);
    }

    [Fact]
    public void AConditionThatIsItselfTheBlackmailThreat_IsThreatNotPressure()
    {
        var result = CheckHelper.Run("রনি: তোর আর আমার সব চ্যাট আমার কাছে আছে\nরনি: ২০০০ টাকা দে\nMe: আমি পারবো না\nরনি: না দিলে কাল সকালেই তোর আব্বু সব দেখবে");

        Assert.Contains(Signs.ThreatBlackmail, result.Codes);
        Assert.DoesNotContain(Signs.PressureCoercion, result.Codes);
    }

    [Fact]
    public void NaAfterAQuestion_MeaningOr_IsNoCondition()
    {
        var result = CheckHelper.Run("Shuvo: তুমি কোথায় পড়ো?\nMe: বলবো না\nShuvo: কোন কলেজ? না স্কুলে?");

        Assert.DoesNotContain(Signs.PressureCoercion, result.Codes);
    }
}
