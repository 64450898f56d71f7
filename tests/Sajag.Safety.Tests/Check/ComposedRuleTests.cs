using Sajag.Safety.Check;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Tests.Check;

/// <summary>
/// The composed rules (ConversationRules): each sign made of parts that may sit in different messages of one person, in
/// English, Bangla and Banglish, with the hard negatives that share their words. The chats are written for these tests.
/// </summary>
public sealed class ComposedRuleTests
{
    public static TheoryData<string, string> Blackmail => new()
    {
        { "en: chats held, sent to the mother, unless a call", "Tamim: i still have all our old chats\nMe: so?\nTamim: call me tonight or i'm sending them to your mom" },
        { "bn: photo held, posted on Facebook unless money", "সাকিব: তোর ওই ছবিটা আমার কাছে আছে\nMe: কী চাস\nসাকিব: ৫০০০ টাকা দে। না দিলে কাল ফেসবুকে পোস্ট করবো" },
        { "banglish: recording held, goes to the class group unless notes", "Rumi: tor voice recording ta amar kase\nMe: keno?\nRumi: kal tor notes gula amake dibi. na dile class er group e pathabo" },
        { "banglish: a photo sent first, then shown to everyone if she refuses", "12/01/2025, 21:00 - Unknown: <Media omitted>\n12/01/2025, 21:01 - Me: eta ke dise?\n12/01/2025, 21:02 - Unknown: jodi amar sathe kotha na bolo, sobai dekhbe" },
    };

    [Theory]
    [MemberData(nameof(Blackmail))]
    public void MaterialHeld_ThreatenedToAnAudience_WithADemandOrCondition_IsBlackmail(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.Contains(Signs.ThreatBlackmail, result.Codes);
        Assert.DoesNotContain(Signs.BullyingThreat, result.Codes);
        Assert.True(result.Level == Level.Danger, why);
    }

    public static TheoryData<string, string> Exposure => new()
    {
        { "en: diary pages sent as a photo, then onto the class group", "12/01/2025, 21:00 - Zara: look what i found 😂\n12/01/2025, 21:00 - Zara: <Media omitted>\n12/01/2025, 21:05 - Zara: tomorrow i'm putting these on the class group" },
        { "bn: picnic photo onto Facebook", "মিম: তোর পিকনিকের ছবিটা আমার কাছে আছে 😂\nMe: ডিলিট কর\nমিম: কাল ফেসবুকে ছেড়ে দিবো" },
    };

    [Theory]
    [MemberData(nameof(Exposure))]
    public void MaterialHeld_ThreatenedToAnAudience_WithoutADemand_IsABullyingThreat(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Codes.Contains(Signs.BullyingThreat), why);
        Assert.Contains(result.Signs, s => s.Explanation == ConversationRules.ExposureThreat);
        Assert.DoesNotContain(Signs.ThreatBlackmail, result.Codes);
    }

    public static TheoryData<string, string> NotExposure => new()
    {
        { "a teacher asking for the pictures in the class group", "Rina Miss: send the science fair pictures to the class group tonight\nMe: ok miss" },
        { "a friend promising to show nobody", "Nila: pic ta amar kase thakbe, r kauke dekhabo na promise\nMe: thanks" },
        { "a viral video talked about", "Sumi: ভাইরাল ভিডিওটা দেখছিস? আমাদের স্যার নাচতেছে 😂\nMe: হা হা" },
        { "a coaching office sending the routine", "Coaching Office: ছবিটা পেয়েছি। রুটিন কাল গ্রুপে জানিয়ে দেব\nMe: ধন্যবাদ" },
        { "a friend giving game items on the friend list", "Rafi: amar onek UC ache. tumi amar friend list e acho, oikhan theke gift kore dibo\nMe: thanks bro" },
    };

    [Theory]
    [MemberData(nameof(NotExposure))]
    public void SharingWordsWithoutAThreat_AreNoThreat(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.False(result.Codes.Contains(Signs.BullyingThreat) || result.Codes.Contains(Signs.ThreatBlackmail), $"{why}: {string.Join(", ", result.Signs.Select(s => $"{s.Code} '{s.Cue}'"))}");
    }

    [Theory]
    [InlineData("Liton Bhai: tomar abbu ammu ki basay?\nMe: na, office e\nLiton Bhai: ami ashi tomader basay? 10 min")]
    [InlineData("Tutor: তোমার আম্মু কি আজকে অফিসে?\nMe: জি\nTutor: আম্মুকে বলার দরকার নেই, আমি আজকে ৪টায় আসবো")]
    [InlineData("Raju: tumi onek sundor\nRaju: kal school er gate er samne thakbo")]
    public void AVisit_AfterAGroomingSign_IsAMeetingRequest(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.Contains(result.Signs, s => s.Code == Signs.MeetingRequest && s.Explanation == ConversationRules.Visit);
        Assert.Equal(Level.Danger, result.Level);
    }

    [Theory]
    [InlineData("Tutor Sir: kal 4 tay ashbo, chapter 5 ready rekho\nMe: ok sir")]
    [InlineData("Rafi: 600 UC tomar jonno, free\nRafi: aj rat 10 tay ashba squad e?")]
    [InlineData("Apa: তুমি কি একা আসবা নাকি আম্মু দিয়ে যাবে? সন্ধ্যা হয়ে যাবে তো\nMe: আম্মু দিয়ে যাবে")]
    public void AVisit_WithoutAGroomingSign_OrToAGame_IsNoMeetingRequest(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.DoesNotContain(Signs.MeetingRequest, result.Codes);
    }

    [Theory]
    [InlineData("Void: u want 800 robux? i have extra")]
    [InlineData("রাশেদ ভাই: তোমার জন্য একটা নতুন স্যামসাং ফোন আনছি")]
    [InlineData("Sajib: tomar jonno ekta notun dress kine dibo")]
    public void AThingOffered_IsAGift(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: ok");

        Assert.Contains(result.Signs, s => s.Code == Signs.GiftsMoney);
    }

    [Theory]
    [InlineData("Shovon: ammu abbu ke bolbi na kintu, tor phone niye nibe")]
    [InlineData("Mobile Shop: apnar phone ready, 500 taka")]
    [InlineData("Nusrat: tomake phone e call dibo kal")]
    public void APhoneNamed_WithoutAnOffer_IsNoGift(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: ok");

        Assert.DoesNotContain(Signs.GiftsMoney, result.Codes);
    }

    [Fact]
    public void ALink_TheYoungPersonCallsPorn_IsSexualMaterialSent()
    {
        var result = CheckHelper.Run("Shovon: funny one\nShovon: bit.ly/xyz-clip\nMe: eta to porn!! keno pathaiso\nShovon: relax");

        var sent = Assert.Single(result.Signs, s => s.Code == Signs.SexualContentSent);
        Assert.Equal(1, sent.Message);
        Assert.Equal(ConversationRules.NamedMaterial, sent.Explanation);
    }

    [Fact]
    public void ALink_TheYoungPersonEnjoys_IsNothing()
    {
        var result = CheckHelper.Run("Shovon: funny one\nShovon: bit.ly/xyz-clip\nMe: lol this meme 😂");

        Assert.Empty(result.Signs);
    }

    [Fact]
    public void PornNamedLongAfterALink_IsNotTiedToIt()
    {
        var result = CheckHelper.Run("Shovon: bit.ly/xyz-clip\nMe: nice\nShovon: ok\nMe: class?\nShovon: 10 tay\nMe: they talked about porn addiction in the seminar");

        Assert.DoesNotContain(Signs.SexualContentSent, result.Codes);
    }

    [Theory]
    [InlineData("আবির: তোমার পাসওয়ার্ডটা দাও\nMe: না\nআবির: না দিলে বুঝবো তুমি কিছু লুকাচ্ছো")]
    [InlineData("Sajal: tomar number ta dao\nMe: dibo na\nSajal: na dile ami bar bar msg dibo")]
    public void AConditionAfterANo_IsPressure(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.Contains(result.Signs, s => s.Code == Signs.PressureCoercion && s.Explanation == ConversationRules.ConditionAfterNo);
    }

    [Fact]
    public void AConditionWithoutANo_IsNoPressure()
    {
        var result = CheckHelper.Run("Ammu Office: বৃষ্টি না থামলে আমি দেরি করে আসবো\nMe: ঠিক আছে");

        Assert.DoesNotContain(Signs.PressureCoercion, result.Codes);
    }

    [Theory]
    [InlineData("না দিলে কাল সবাই দেখবে", "না দিলে")]
    [InlineData("na pathaile ami post korbo", "na pathaile")]
    [InlineData("tui jodi amar gf na hos", "jodi amar gf na")]
    [InlineData("যদি তুমি না আসো", "যদি তুমি না")]
    public void Conditional_ReadsTheBanglaGrammar(string text, string cue)
    {
        Assert.Equal(cue, ConversationRules.Conditional(TextNormaliser.Normalise(text)));
    }

    [Theory]
    [InlineData("na, ami pari na")]
    [InlineData("আমি না খেয়ে আছি")]
    [InlineData("i did not like it")]
    [InlineData("ammu call e pacche na, ashle bolis")]
    public void Conditional_IsNotEveryNo(string text)
    {
        Assert.Null(ConversationRules.Conditional(TextNormaliser.Normalise(text)));
    }

    [Theory]
    [InlineData("Mehnaz: the new girl naba, nobody sits with her ok", "Naba")]
    [InlineData("Rifat: shuvo re keu group e rakhbi na\nNabil: remove kor oke", "Shuvo")]
    [InlineData("মিলি: কাল থেকে আনিকার সাথে কেউ টিফিন খাবে না", "আনিকা")]
    [InlineData("রিয়া: আমি কী করছি?\nসুমি: শোন সবাই, ওর সাথে পিকনিকে কেউ বসবি না", "রিয়া")]
    [InlineData("Riya: ami ki korsi?\nTumpa: ke ke or sathe lunch khaben na like den", "Riya")]
    public void OrganisedLeavingOut_IsExclusion(string chat, string me)
    {
        var result = CheckHelper.Run(chat + "\nMan: ?\n" + me + ": keno?", me);

        Assert.Contains(Signs.BullyingExclusion, result.Codes);
    }

    [Fact]
    public void NobodyCallingYouABot_IsNoExclusion()
    {
        var result = CheckHelper.Run("Tanim: 😎 ekhon keu bot bolbe na\nMe: haha");

        Assert.DoesNotContain(Signs.BullyingExclusion, result.Codes);
    }

    [Theory]
    [InlineData("Ronny: ami o class 9 e pori\nRonny: aj garage e onek kaj, 3 ta bike repair")]
    [InlineData("রুমানা: আমি ক্লাস টেনে পড়ি\nরুমানা: একটু পরে কথা বলি, গোঁফ শেভ করতে হবে")]
    [InlineData("Sam: im 16 too\nSam: my mortgage payment is due this week")]
    public void AClaimedChildWithAnAdultsLife_IsIdentityDeception(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: what?");

        Assert.Contains(Signs.IdentityDeception, result.Codes);
    }

    [Theory]
    [InlineData("Tonmoy: kal theke bikel e free thakbo\nTonmoy: sorry late holo, wife er sathe bazar e chilam", "Me: wife?? tumi na class 9?")]
    [InlineData("Arif: ekhon ektu busy, salary ta tulte bank e jacchi", "Me: salary? tumi to bolla 15")]
    [InlineData("Ray: brb my wife is calling", "Me: wait you said you were 16??")]
    [InlineData("রাহুল: একটু পরে কথা বলি, স্ত্রী ডাকছে", "Me: তুমি না ক্লাস নাইনে পড়ো?")]
    public void TheYoungPersonQuestioningTheClaimedAge_AfterAnAdultSlip_IsIdentityDeception(string slip, string challenge)
    {
        var result = CheckHelper.Run(slip + "\n" + challenge);

        Assert.Contains(Signs.IdentityDeception, result.Codes);
        Assert.Equal(Level.Warning, result.Level);
    }

    [Theory]
    [InlineData("Apu: ami office theke ferar pothe tor jonno cake anbo", "Me: ok kokhon ashba?")]
    [InlineData("Ray: my wife is calling, brb", "Me: ok")]
    public void AnAdultLifeWithoutAChallengedClaim_IsNoDeception(string slip, string answer)
    {
        var result = CheckHelper.Run(slip + "\n" + answer);

        Assert.DoesNotContain(Signs.IdentityDeception, result.Codes);
    }

    [Theory]
    [InlineData("HR Desk: first task complete korle bonus 300 tk pabe")]
    [InlineData("Mentor: ami tomake amar course ta free dibo")]
    [InlineData("এজেন্সি: কাজ করলে মাসে ১০ হাজার টাকা দিমু")]
    public void MoneyOfferedAsPayOrABonus_IsAGift(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: sotti?");

        Assert.Contains(Signs.GiftsMoney, result.Codes);
    }

    [Theory]
    [InlineData("Shop BD: order confirm korte advance 200 tk bkash korun")]
    [InlineData("দোকান: অগ্রিম ৩০০ টাকা বিকাশ করুন, ডেলিভারি ফ্রি")]
    public void AShopAskingForAnAdvance_IsNoGift(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: ok");

        Assert.DoesNotContain(Signs.GiftsMoney, result.Codes);
    }

    [Theory]
    [InlineData("Coach: signal e kotha bolo, ekta alada account khulo")]
    [InlineData("এজেন্সি: এখানে না, টেলিগ্রামে কথা বলি")]
    public void AnotherAppOrASecondAccount_IsAPlatformMove(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: keno?");

        Assert.Contains(Signs.PlatformMove, result.Codes);
    }

    [Theory]
    [InlineData("Rony: kal dhorbo tore, haddi gudi vaingga dimu")]
    [InlineData("রনি: তোর হাড্ডি গুঁড়া করে দিমু")]
    public void BreakingBones_IsAThreat(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: ami kichu korini");

        Assert.Contains(Signs.BullyingThreat, result.Codes);
    }

    /// <summary>Regional blows, exclusion told to the young person, a cover story; a parent reached, a rider's way asked.</summary>
    public static TheoryData<string, string, bool> RegionalAndToldSigns => new()
    {
        { "রাকিব: কাইল ছুটির পর গেইটত থাকিস, হাত পা ভাইঙ্গা দিয়ুম\nMe: ভাই প্লিজ", Signs.BullyingThreat, true },
        { "রনি ভাই: কাল না আনলে পিডামু, হুনছো?\nMe: ভাই প্লিজ", Signs.BullyingThreat, true },
        { "রনি ভাই: এইবার মাথা ফাডাইয়া দিমু\nMe: ভাই প্লিজ", Signs.BullyingThreat, true },
        { "Tasin: heads up, nobody's talking to u tomorrow\nMe: why??", Signs.BullyingExclusion, true },
        { "Tasin: we'll all ignore you from monday\nMe: why??", Signs.BullyingExclusion, true },
        { "Tasin: and don't sit near us at lunch\nMe: why??", Signs.BullyingExclusion, true },
        { "Me: ok\nSam: just tell your mom you're going to tuition\nMe: keno?", Signs.Secrecy, true },
        { "শফিক স্যার: তোমার আম্মু কি বাসায় আছেন? উনার সাথে সামনের মাসের রুটিন নিয়ে কথা বলব\nMe: ji", Signs.IsolationCheck, false },
        { "Rafi Sir: are your parents home? i need to talk to your mom about the fees\nMe: ji", Signs.IsolationCheck, false },
        { "Rider Pathao: ভাই আপনার পার্সেল আসছে, বাসা কোন গলি?\nMe: ৩ নম্বর গলি", Signs.PersonalInfoRequest, false },
    };

    [Theory]
    [MemberData(nameof(RegionalAndToldSigns))]
    public void RegionalAndToldSigns_AreFoundOrLeft(string chat, string code, bool found)
    {
        var result = CheckHelper.Run(chat);

        Assert.Equal(found, result.Codes.Contains(code));
    }

    [Theory]
    [InlineData("Game Friend: 'mara khai' bermuda te, sobai land kore")]
    [InlineData("Tuli: exam e mara gesi ajke 😭")]
    public void Mara_IsNotAThreat(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: lol");

        Assert.DoesNotContain(Signs.BullyingThreat, result.Codes);
    }

    [Theory]
    [InlineData("Rumana: আমার কিছু ভালো লাগে না। মনে হয় মরে গেলে শান্তি পাবো\nApu: কি হইছে", "Rumana")]
    [InlineData("Me: sometimes i think if i die everyone would be at peace\nFriend: hey", "Me")]
    public void PeaceInDying_IsSelfHarmRisk(string chat, string me)
    {
        var result = CheckHelper.Run(chat, me);

        Assert.Contains(Signs.SelfHarmRisk, result.Codes);
    }

    [Theory]
    [InlineData("Coach: great swim today\nCoach: your body has changed a lot this year")]
    [InlineData("রবিন ভাইয়া: কেউ তোমাকে কখনো ছুঁয়েছে?")]
    public void TalkAboutTheBodyOrTouching_IsSexualTalk(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: ...");

        Assert.Contains(Signs.SexualTalk, result.Codes);
    }

    [Theory]
    [InlineData("Piano Teacher: please send me a video of you playing the minuet before saturday")]
    [InlineData("Aunty: send me a photo wearing it, i want to show your uncle")]
    [InlineData("Sir: উপপাদ্য ১০ এর প্রমাণ করে ছবি দাও")]
    public void APhotoOfAnActivityOrForFamily_IsNoImageRequest(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: ok");

        Assert.DoesNotContain(Signs.ImageRequest, result.Codes);
    }

    [Theory]
    [InlineData("Mizan Sir: বাসায় আর কেউ থাকে?")]
    [InlineData("Mizan Sir: তাহলে ৩টা থেকে ৬টা তুমি একা")]
    [InlineData("Coach Zed: when are you home alone usually?")]
    public void WhoElseIsHome_OrYouWillBeAlone_IsAnIsolationCheck(string chat)
    {
        var result = CheckHelper.Run(chat + "\nMe: keno?");

        Assert.Contains(Signs.IsolationCheck, result.Codes);
    }

    [Fact]
    public void EveryComposedExplanation_IsWrittenInBothLanguages()
    {
        var help = new HelpNumbers("1", "2");
        foreach (var key in new[] { ConversationRules.ExposureThreat, ConversationRules.Blackmail, ConversationRules.Visit, ConversationRules.GiftOffer, ConversationRules.NamedMaterial, ConversationRules.ConditionAfterNo })
        {
            Assert.NotEqual(CheckTexts.Get(key, "en", help), CheckTexts.Get(key, "bn", help));
            Assert.Matches("[\u0980-\u09FF]", CheckTexts.Get(key, "bn", help));
        }
    }
}
