using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

/// <summary>
/// Who says a sign to whom, and about what (ConversationCheck): secrecy about the contact itself against a kept secret about a
/// thing, a family member saved under a kinship word alone, a meeting others will be at, an isolation question in a
/// group, and a sender calling what they just sent adult. The chats are written for these tests, in English, Bangla and
/// Banglish, each rule with the hard negative that shares its words.
/// </summary>
public sealed class ContextRuleTests
{
    private static string Show(CheckResult result) => string.Join(", ", result.Signs.Select(s => $"{s.Code} '{s.Cue}'"));

    public static TheoryData<string, string> SecretAboutUs => new()
    {
        { "en: hiding that they talk", "Jamil: the laptop works now?\nMe: yes thanks\nJamil: just keep it between us that we message, no big deal" },
        { "bn: our talk kept from everyone", "তারেক: আমাদের কথা কেউ যেন না জানে\nMe: আচ্ছা" },
        { "banglish: our talk told to nobody", "Shawon: amader kotha kauke bolba na\nMe: ok" },
        { "en: delete the chat", "Tanvir: delete these messages tonight ok\nMe: ok" },
    };

    [Theory]
    [MemberData(nameof(SecretAboutUs))]
    public void SecrecyAboutTheContactItself_IsASign_EvenAlone(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Codes.Contains(Signs.Secrecy), $"{why}: {Show(result)}");
        Assert.Equal(Level.Caution, result.Level);
    }

    public static TheoryData<string, string> SecretAboutAThing => new()
    {
        { "en: a friend's homework answers kept from the teacher", "Tahsin: i sent the solutions pdf\nMe: lifesaver\nTahsin: don't tell sir i gave it lol" },
        { "en: a class Secret Santa", "Nafisa: names are in your inbox!! don't tell anyone who you got 🤫\nRafi: no hints\nMe: ok" },
        { "banglish: a friend's spent money kept from her father", "Mou: ajke onek kinsi 😅 abbu ke bolbi na, bokbe\nMe: hahaha ok" },
        { "bn: a friend's bunked class kept from home", "মিম: আজ কোচিং মিস দিছি, বাসায় কাউকে বলবি না\nMe: আচ্ছা" },
    };

    [Theory]
    [MemberData(nameof(SecretAboutAThing))]
    public void SecrecyAboutAThing_FromSomeoneWithNoOtherSign_IsNone(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level == Level.None, $"{why}: {Show(result)}");
    }

    [Fact]
    public void SecrecyAboutAThing_FromSomeoneWhoShowsAnotherSign_IsASign()
    {
        var result = CheckHelper.Run("Rasel: tumi onek sundor\nMe: thanks\nRasel: 500 taka recharge pathaisi, abbu ke bolbi na");

        var secret = Assert.Single(result.Signs, s => s.Code == Signs.Secrecy);
        Assert.Equal(2, secret.Message);
        Assert.Equal([Signs.Flattery, Signs.GiftsMoney, Signs.Secrecy], result.Signs.Select(s => s.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Level.Warning, result.Level);
        Assert.Equal(["relationship-forming", "exclusivity"], result.Stages);
    }

    [Theory]
    [InlineData("Apu: here's my netflix password. and don't tell ammu you're watching till 2am lol\nMe: my lips are sealed")]
    [InlineData("Bhaiya: if you touch my PS4 controller again i'll kill you\nMe: it was already broken 🙄")]
    [InlineData("আপু: তোর জন্য ড্রেস কিনছি, আব্বুকে বলবি না, বলবে বেশি খরচ করছি\nMe: ঠিক আছে")]
    public void AContactSavedUnderAKinshipWordAlone_IsFamily(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level == Level.None, Show(result));
    }

    [Theory]
    [InlineData("Jamil Bhai: btw don't tell your parents that we message\nMe: why?")]
    [InlineData("Tanisha Apu: eka asho, ammu ke bolar dorkar nai\nMe: ok")]
    public void AContactWithANameBesideTheKinshipWord_IsNotFamily(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.NotEqual(Level.None, result.Level);
    }

    [Fact]
    public void AFamilyThreat_TheYoungPersonIsHurtBy_StillCounts()
    {
        var result = CheckHelper.Run("Bhaiya: i'll kill you if you tell abbu\nMe: please stop, you're scaring me");

        Assert.Contains(Signs.BullyingThreat, result.Codes);
    }

    [Theory]
    [InlineData("Mou: 5:30 e restaurant er samne dekha korbo, tanha ke ami niye ashbo\nMe: ok")]
    [InlineData("Farhan: kal tiffin e computer lab e dekha koro, sir lab khula rakhbe\nMe: ok")]
    [InlineData("Tuli: let's meet at the fair gate at 4, everyone is coming\nMe: yay")]
    [InlineData("রিয়া: কাল বিকালে লাইব্রেরিতে দেখা করি, স্যার থাকবে\nMe: আচ্ছা")]
    public void AMeetingOthersWillBeAt_IsNoMeetingRequest(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.DoesNotContain(Signs.MeetingRequest, result.Codes);
    }

    [Theory]
    [InlineData("Ahsan: let's meet at the café near dhanmondi 8 this weekend\nMe: maybe")]
    [InlineData("Rana: kal park e dekha koro, sir thakbe na\nMe: ok")]
    [InlineData("Nayeem: kal school er pichone dekha koro. eka asho, sobai ashbe na\nMe: ok")]
    public void AMeetingWithNoCompany_OrCompanyDenied_IsAMeetingRequest(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.Contains(Signs.MeetingRequest, result.Codes);
    }

    [Fact]
    public void InAGroup_WillAnyoneBeHome_AmongFriendsComingOver_IsNoIsolationCheck()
    {
        var result = CheckHelper.Run("Me: ajke match amar basay dekhbi?\nFahim: tor basay keu thakbe?\nMe: na, ammu abbu dawat e\nRafi: ami chanachur anbo", "Me");

        Assert.DoesNotContain(Signs.IsolationCheck, result.Codes);
    }

    [Fact]
    public void InAGroup_AnIsolationQuestionNamingTheYoungPerson_IsAnIsolationCheck()
    {
        var result = CheckHelper.Run("Nila: ke ke ashbi?\nGhost: Mitu, are you alone at home tonight?\nMitu: why", "Mitu");

        Assert.Contains(Signs.IsolationCheck, result.Codes);
    }

    [Fact]
    public void TheSenderCallingWhatTheySentAdult_IsSexualMaterialSent()
    {
        var result = CheckHelper.Run("03/06/2025, 23:10 - Kamrul: video pathaisi, dekhis\n03/06/2025, 23:10 - Kamrul: <Media omitted>\n03/06/2025, 23:11 - Me: eta ki\n03/06/2025, 23:11 - Kamrul: 😂 boro der jinish. aro pathabo, ammu ke bolbi na");

        var sent = Assert.Single(result.Signs, s => s.Code == Signs.SexualContentSent);
        Assert.Equal(1, sent.Message);
        Assert.Contains(Signs.Secrecy, result.Codes);
        Assert.Equal(Level.Danger, result.Level);
    }

    [Fact]
    public void ASiblingsSentPhoto_CalledFunny_IsNothing()
    {
        var result = CheckHelper.Run("03/06/2025, 23:10 - Rumi: dekh\n03/06/2025, 23:10 - Rumi: <Media omitted>\n03/06/2025, 23:11 - Rumi: amader school er trip er chobi 😂");

        Assert.Empty(result.Signs);
    }

    [Theory]
    [InlineData("en", "01/02/2025, 23:00 - Rubel: <Media omitted>\n01/02/2025, 23:01 - Me: why would u send me that. that's disgusting\n01/02/2025, 23:01 - Rubel: relax, now send yours\n01/02/2025, 23:02 - Me: no\n01/02/2025, 23:02 - Rubel: stop acting like a child")]
    [InlineData("banglish", "01/02/2025, 23:00 - Sakib: <Media omitted>\n01/02/2025, 23:01 - Me: chi, keno pathaiso\n01/02/2025, 23:01 - Sakib: ebar tomar ta\n01/02/2025, 23:02 - Me: na\n01/02/2025, 23:02 - Sakib: eto bhoy paccho keno")]
    public void MaterialObjectedTo_ThenYourTurn_FromSomeoneWhoPresses_IsSexualMaterialAndAnImageRequest(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        var sent = Assert.Single(result.Signs, s => s.Code == Signs.SexualContentSent);
        Assert.Equal(0, sent.Message);
        Assert.Equal(ConversationRules.ObjectedMaterial, sent.Explanation);
        Assert.Contains(result.Signs, s => s.Code == Signs.ImageRequest && s.Explanation == ConversationRules.YourTurn);
        Assert.True(result.Level == Level.Danger, why);
    }

    [Fact]
    public void AMemeTheYoungPersonCallsGross_FromAFriendWithNoOtherSign_IsNothing()
    {
        var result = CheckHelper.Run("01/02/2025, 20:00 - Nila: <Media omitted>\n01/02/2025, 20:01 - Me: ewww thats gross 😂 why did u send this\n01/02/2025, 20:01 - Nila: ludo? your turn");

        Assert.True(result.Level == Level.None, Show(result));
    }

    [Theory]
    [InlineData("Shuvo: ekta pic dao na, ekhon ja porse, night dress e\nMe: na")]
    [InlineData("Tawsif: ekhon ekta snap dao, bed e shuye\nMe: na")]
    [InlineData("Rafi: send a pic of what you're wearing right now\nMe: no")]
    public void APhotoOfWhatTheYoungPersonWearsNowOrInBed_IsAnImageRequest(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.Contains(Signs.ImageRequest, result.Codes);
    }

    [Fact]
    public void ATailorsDressPhoto_IsNoImageRequest()
    {
        var result = CheckHelper.Run("Tailor: dress er pic dao, mathar maap o\nMe: ok");

        Assert.DoesNotContain(Signs.ImageRequest, result.Codes);
    }

    [Fact]
    public void ACoachWhoAsksToHideIt_LosesTheTeachersLeave_ToAskPersonalQuestions()
    {
        var hidden = CheckHelper.Run("Coach Zed: where do you live?\nMe: sector 7\nCoach Zed: no need to tell your parents about the sessions");
        var open = CheckHelper.Run("Coach Zed: where do you live? the league needs your area\nMe: sector 7");

        Assert.Contains(Signs.PersonalInfoRequest, hidden.Codes);
        Assert.Contains(Signs.Secrecy, hidden.Codes);
        Assert.DoesNotContain(Signs.PersonalInfoRequest, open.Codes);
    }

    [Theory]
    [InlineData("সাব্বির: তোমাকে ছাড়া আমার জীবন অর্থহীন\nMe: কী বলেন")]
    [InlineData("Rahat: tomake chara amar life ta ondhokar\nMe: ki bolo")]
    [InlineData("Sam: i love you more than my own life\nMe: we just met")]
    public void LifeWithoutYou_IsLoveBombing(string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.Contains(Signs.LoveBombing, result.Codes);
    }

    // ---- Harms in a chat: answered in kind, aimed at someone else, a notice, and talk of the body (ConversationCheck.Context.cs). ----

    [Theory]
    [InlineData("en: game trash talk answered with a threat back", "Sakib: bro ur such a noob u got knocked in 10 seconds\nMe: next round im gonna kill you first fr\nSakib: lmaooo try it\nMe: I'll literally end u\nSakib: shut up u got lucky")]
    [InlineData("en: friends teasing each other", "Nafisa: ur cake looked like a potato\nMe: at least i tried\nNafisa: i love u ugly\nMe: love u more ugly")]
    public void HarmsAnsweredInKind_WithNoDistress_AreTeasing(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level == Level.None, $"{why}: {Show(result)}");
    }

    [Theory]
    [InlineData("en: the same words, the young person hurt", "Sakib: bro ur such a noob, everyone laughs at u\nMe: please stop, why are you doing this\nSakib: shut up loser\nMe: I'll literally end u if u post it")]
    [InlineData("en: the same insult, never answered", "Nafisa: i hate u ugly\nMe: ok")]
    [InlineData("banglish: answering 'I'll tell ammu' is no threat back", "Rakib: tor mathay gobor, tui ekta gadha\nMe: ami ammu ke bole dibo\nRakib: bol, kal school e pitabo")]
    public void HarmsNotAnsweredInKind_AreSigns(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Codes.Contains(Signs.BullyingInsult) || result.Codes.Contains(Signs.BullyingThreat), $"{why}: {Show(result)}");
    }

    [Fact]
    public void AThreatAgainstAThirdPerson_IsNotAThreatToTheYoungPerson()
    {
        var result = CheckHelper.Run("Coach: practice at 6:30 sharp\nFahim: kill them in the first 10 min, that's the plan\nMe: yes!!");

        Assert.True(result.Level == Level.None, Show(result));
    }

    [Fact]
    public void AThreatAgainstYou_WithTheSameWords_IsAThreat()
    {
        var result = CheckHelper.Run("Fahim: i will kill you after school, wait and see\nMe: why");

        Assert.Contains(Signs.BullyingThreat, result.Codes);
    }

    [Fact]
    public void ACoachingCentresFeeNotice_IsNotAThreat()
    {
        var result = CheckHelper.Run("Udvash Coaching: Dear student, your February fee is due by 15 Feb. Please pay at the front desk or via bKash and send the transaction ID here.\nMe: paid yesterday");

        Assert.True(result.Level == Level.None, Show(result));
    }

    [Theory]
    [InlineData("bn: a village uncle, in dialect, told to stop", "মজনু কাকা: তুই তো এহন ডাঙ্গর হইয়া গেছস\nMe: কাকা এসব কইয়েন না\nমজনু কাকা: হাহা মজা করলাম")]
    [InlineData("en: an uncle told to stop", "Rafiq Uncle: you have grown up so much, a real lady now\nMe: dont say things like that uncle\nRafiq Uncle: just joking")]
    [InlineData("en: talk of the body answered with 'I'll tell my mom'", "Rafiq Uncle: your lips look so soft in that photo\nMe: i will tell my mom\nRafiq Uncle: just joking")]
    [InlineData("banglish: body and growing up together", "Sumon Mama: tor shorir ekhon boro hoye gecho, bier boyosh hoise\nMe: ki bolen")]
    public void TalkOfTheBodyOrGrowingUp_ToldToStop_IsSexualTalk_AndCostsTheFamilyLeave(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Codes.Contains(Signs.SexualTalk), $"{why}: {Show(result)}");
    }

    [Theory]
    [InlineData("bn: an aunt on growing up, not objected", "রুনা খালা: মাশাআল্লাহ তুই তো বড় হয়ে গেছিস, পরীক্ষা কেমন হলো?\nMe: ভালো খালা")]
    [InlineData("en: a coach on the body, answered normally", "Coach Habib: your body needs rest before the match, sleep early\nMe: ok sir")]
    [InlineData("banglish: a sibling told off about something else", "Bhaiya: tui boro hoye gecho, nijer kaj nije kor\nMe: ammu ke bole dibo tumi amar charger nisho")]
    public void TalkOfGrowingUp_NotObjected_OrAboutSomethingElse_IsNone(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level == Level.None, $"{why}: {Show(result)}");
    }

    [Fact]
    public void AVillageUnclesIsolationQuestion_InDialect_IsAnIsolationCheck_OnceHeTalksOfTheBody()
    {
        var result = CheckHelper.Run("মজনু কাকা: ঘরে আর কেডা আছে?\nMe: ছোট ভাই\nমজনু কাকা: তাইলে তুই একলা ঘরে। শরীলডা ভরছে\nMe: কাকা এসব কইয়েন না");

        Assert.Contains(Signs.IsolationCheck, result.Codes);
        Assert.Contains(Signs.SexualTalk, result.Codes);
        Assert.Equal(Level.Danger, result.Level);
    }

    [Theory]
    [InlineData("bn: dialect threat to break limbs, and silence under threat", "সাকিব: কাল ছুটির পর মাঠের পেছনে আসিস। হাত পা ভাইঙ্গা দিমু\nMe: কেন\nতুষার: স্যারকে বললে আরও খারাপ হইবো, মনে রাখিস")]
    [InlineData("en: silence under threat", "Rakib: if you tell sir about the exam it will be worse for you\nMe: ok")]
    public void SilenceUnderThreat_IsSecrecyAtOnce(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Codes.Contains(Signs.Secrecy), $"{why}: {Show(result)}");
    }

    [Theory]
    [InlineData("bn: a photo of a prescription", "আব্বু, ডাক্তারের প্রেসক্রিপশনটার একটা ছবি তুলে পাঠাও তো\nMe: দিচ্ছি")]
    [InlineData("en: a photo of the receipt", "Karim: send me a photo of the receipt pls\nMe: ok")]
    [InlineData("en: friends giving a gift together", "Adiba: let's meet at the school gate at 8 on saturday and give it together\nMe: ok")]
    [InlineData("en: a tea stall after school, in a group", "Mithila: let's meet after school tomorrow at the tong near gate to buy stuff\nRafi: ok\nMe: ok")]
    public void APhotoOfAThing_AMeetingTogether_ATeaStall_AreNone(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level == Level.None, $"{why}: {Show(result)}");
    }

    [Theory]
    [InlineData("bn: a photo of you", "Karim: তোমার একটা ছবি তুলে পাঠাও তো\nMe: কেন")]
    [InlineData("en: a photo of your face", "Karim: send me a photo of your face\nMe: why")]
    public void APhotoOfThePerson_StaysAnImageRequest(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Codes.Contains(Signs.ImageRequest), $"{why}: {Show(result)}");
    }

    // The normaliser folds Banglish spellings (th/t) but never one real word into another: a tea stall is not underwear.
    [Fact]
    public void TeaStallTong_IsNotTheWordThong()
    {
        var stall = CheckHelper.Run("Sami: bikale tong e cha khabi?\nMe: ha, 5 tay ashbo\nSami: thik ache, tong er samne thakbo");
        var underwear = CheckHelper.Run("Unknown: what are u wearing under that, a thong?\nMe: stop");

        Assert.True(stall.Level == Level.None, Show(stall));
        Assert.Contains(Signs.SexualTalk, underwear.Codes);
    }

    // A contact saved as "Name Bhaiya" or "Name Apu" is a brother or cousin when they name relatives the two share, bare
    // ("আম্মুর বিকাশে", "ফুপি কেমন আছে?", "nanu ke bolis"), and never ask whether the young person is alone, to hide anything, or court them (praise of looks, love, a photo).
    public static TheoryData<string, string> SharedRelatives => new()
    {
        { "bn: a brother sends recharge and money to their mother's bKash", "Rasel Bhaiya: তোর ফোনে ৩০০ টাকা রিচার্জ দিলাম\nMe: thank you bhaiya\nRasel Bhaiya: আর আম্মুর বিকাশে ১০০০ পাঠাইছি, গাইড বই কিনে নিস" },
        { "bn: a cousin abroad moves the family to Telegram", "Nabil Bhaiya: ফুপি কেমন আছে? ফুপিকে বল টেলিগ্রাম নামাতে\nMe: আচ্ছা\nNabil Bhaiya: ভালো রেজাল্ট করলে গিফট পাঠাবো" },
        { "banglish: a sister's gift", "Mitu Apu: nanu ke bolis ami eid e ashchi\nMe: ok apu\nMitu Apu: tor jonno ekta jama kinsi" },
    };

    [Theory]
    [MemberData(nameof(SharedRelatives))]
    public void KinNamedContact_WhoNamesSharedRelatives_IsFamily(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level == Level.None, $"{why}: {Show(result)}");
    }

    public static TheoryData<string, string> OwnedRelatives => new()
    {
        { "banglish: asks where your parents are, then visits", "Liton Bhai: tomar abbu ammu ki basay?\nMe: na\nLiton Bhai: ami ashi tomader basay? 10 min\nLiton Bhai: ammu to janbe na" },
        { "banglish: a gift kept from mother", "Rasel Bhaiya: 500 taka recharge pathaisi\nMe: keno?\nRasel Bhaiya: ammu ke bolba na kintu" },
        { "bn: recharge, praise and a photo, with a story for mother", "রাসেল ভাই: তোমার নাম্বারে ৫০ টাকা ফ্লেক্সি দিলাম\nMe: কেন দিলেন?\nরাসেল ভাই: তুমি এত মিষ্টি মেয়ে, তোমার জন্য দিতে ভালো লাগে\nরাসেল ভাই: আম্মুকে বলবা বান্ধবী দিছে" },
        { "bn: your father and mother named as yours", "Jahid Bhai: তোমার আব্বু আম্মু কেমন আছে? তোমার জন্য একটা ফোন কিনে দেব\nMe: কেন?" },
    };

    [Theory]
    [MemberData(nameof(OwnedRelatives))]
    public void KinNamedContact_WhoAsksAboutTheParentsOrToHide_IsNotFamily(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level != Level.None, $"{why}: {Show(result)}");
    }

    // A post is an exposure threat when someone will make it, not when they saw one.
    [Fact]
    public void SeenPostInTheGroup_IsNotAThreat_ButPostingToTheGroupIs()
    {
        var seen = CheckHelper.Run("Sohag: আমি সোহাগ, HSC Study Help গ্রুপে তোমার পোস্ট দেখলাম\nMe: ওয়ালাইকুম আসসালাম\nSohag: নোটগুলো খুব গোছানো");
        var threat = CheckHelper.Run("Sohag: কথা না শুনলে গ্রুপে তোমার ছবি পোস্ট করব\nMe: প্লিজ না");

        Assert.True(seen.Level == Level.None, Show(seen));
        Assert.Contains(threat.Codes, c => c is Signs.BullyingThreat or Signs.ThreatBlackmail);
    }

    // Whoever writes a notice to students or parents writes as the school or coaching centre, whatever name it is saved under.
    public static TheoryData<string, string> Notices => new()
    {
        { "en: a fee notice from a number", "+880 1712-345678: Dear student, your February fee (Tk 2500) is due by 15 Feb. Please pay at the front desk or via bKash merchant 01712-345678 and send the transaction ID here.\nMe: I paid yesterday\n+880 1712-345678: Thank you. Please send your roll number and batch name so we can match it." },
        { "bn: a guardians' notice from a saved name", "Rahim: সম্মানিত অভিভাবক, আগামী শনিবার অভিভাবক সভা। কোন ক্লাসে পড়ে জানাবেন\nMe: জি, ক্লাস নাইন" },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public void NoticeToStudents_IsNotADemandOrAQuestionOfSchool(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Level == Level.None, $"{why}: {Show(result)}");
    }

    [Fact]
    public void NoticeWriter_WhoAsksToKeepItHidden_LosesTheRole()
    {
        var result = CheckHelper.Run("Rahim: Dear student, the fee is due Thursday\nMe: ok\nRahim: which school are you in? don't tell your parents we talk");

        Assert.Contains(Signs.PersonalInfoRequest, result.Codes);
        Assert.Contains(Signs.Secrecy, result.Codes);
    }

    // Blackmail is made of three parts in any of one author's messages: a threat, something of the young person's that can
    // be spread, and a price (money or more photos).
    public static TheoryData<string, string> Blackmail => new()
    {
        { "en: video held, money asked, threat later", "Alisha: i have the video. i also have ur followers list\nMe: what? delete it\nAlisha: send 10000 taka, or send another video the way i tell u\nMe: please no\nAlisha: otherwise i send the recording to everyone tonight" },
        { "bn: chats held, bKash asked", "Unknown: তোমার সব চ্যাট আর ছবি আমার কাছে\nMe: কে আপনি?\nUnknown: ৩০০০ টাকা বিকাশ করো। না দিলে তোমার সব প্রাইভেট চ্যাট তোমার আব্বুর কাছে আর তোমার ক্লাসের গ্রুপে যাবে" },
        { "banglish: photo held, taka asked", "Rony: tor pic gula amar kase ase\nMe: plz delete koro\nRony: 5000 taka bkash kor aj rat er moddhe, nahole sobai dekhbe" },
    };

    [Theory]
    [MemberData(nameof(Blackmail))]
    public void AThreat_WithMaterialAndAPrice_IsBlackmail(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(result.Codes.Contains(Signs.ThreatBlackmail), $"{why}: {Show(result)}");
        Assert.True(!result.Codes.Contains(Signs.BullyingThreat), $"{why}: {Show(result)}");
    }

    [Fact]
    public void AThreat_WithMaterialButNoPrice_IsABullyingThreat()
    {
        var result = CheckHelper.Run("Rony: tor pic gula amar kase ase\nMe: plz delete koro\nRony: kal sobai dekhbe, group e pathabo");

        Assert.True(result.Codes.Contains(Signs.BullyingThreat), Show(result));
        Assert.True(!result.Codes.Contains(Signs.ThreatBlackmail), Show(result));
    }

    // A suitor's "threat" that names no harm is pressure about their mood; a suitor who names the photos they will spread blackmails.
    public static TheoryData<string, string> SuitorsMood => new()
    {
        { "banglish: angry if no pic", "Shuvo: tumi onek sundor\nShuvo: ekta pic dao na\nMe: na\nShuvo: pic na dile ami rag korbo, seriously" },
        { "bn: his day does not end", "Dip: তুমি আমার সব, তোমাকে ছাড়া বাঁচব না\nDip: একটা ছবি দাও শুধু আমার জন্য\nDip: তোমার সাথে কথা না বললে আমার দিন শেষ হয় না" },
    };

    [Theory]
    [MemberData(nameof(SuitorsMood))]
    public void ASuitorsThreat_ThatNamesNoHarm_IsNoThreat(string why, string chat)
    {
        var result = CheckHelper.Run(chat);

        Assert.True(!result.Codes.Contains(Signs.BullyingThreat) && !result.Codes.Contains(Signs.ThreatBlackmail), $"{why}: {Show(result)}");
    }

    [Fact]
    public void ASuitor_WhoThreatensToSpreadThePhotos_ForMoney_Blackmails()
    {
        var result = CheckHelper.Run("Priya: ur so cute\nPriya: send me a pic\nMe: ok\nPriya: now send 8000 taka to this bKash or i will post your photo to your school page");

        Assert.Contains(Signs.ThreatBlackmail, result.Codes);
    }

    [Fact]
    public void TellingAParent_IsNoThreat_ButABlowIs()
    {
        var told = CheckHelper.Run("Rina Aunty: Thank you dear, I'll tell your ammu too. He likes cartoons\nMe: ok aunty");
        var blow = CheckHelper.Run("Rina Aunty: I'll tell your ammu, and I'll beat you after school\nMe: ok");

        Assert.True(!told.Codes.Contains(Signs.BullyingThreat), Show(told));
        Assert.Contains(Signs.BullyingThreat, blow.Codes);
    }

    // Playing one game together: the young person talks of the match, and the others do more than once.
    [Fact]
    public void TrashTalk_AmongPlayersOfOneGame_IsGameTalk()
    {
        var game = CheckHelper.Run("Jisan: rakib tui ekta noob, 3 bar knock hoisos\nMe: tor aim to potato, free fire e ekta kill o pai nai\nMahi: talent dekhabo kal, 1v1 ashis, tore mere felbo\nJisan: bye noobs");
        var school = CheckHelper.Run("Jisan: rakib tui ekta noob\nMe: keno?\nMahi: kal school er pore tore mere felbo");

        Assert.True(game.Level == Level.None, Show(game));
        Assert.Contains(Signs.BullyingThreat, school.Codes);
    }

    [Fact]
    public void TrashTalk_InAGame_ThatHurtsTheYoungPerson_StillCounts()
    {
        var result = CheckHelper.Run("Jisan: noob tui squad theke ber ho, free fire khelte parish na\nMe: please stop, I'm crying\nMahi: kal school er pore tore mere felbo, 1v1 ashis");

        Assert.Contains(Signs.BullyingThreat, result.Codes);
    }

    [Fact]
    public void NobodyWantsYou_AndLeaveTheGroup_IsExclusion_ButLeavingAGroupOneselfIsNot()
    {
        var pushed = CheckHelper.Run("Sinthia: Nadia tui left ne group theke, tore keu chay na\nNadia: ami kisu kori nai", "Nadia");
        var own = CheckHelper.Run("Apu: ami class group theke left nibo, notification beshi\nMe: ok", "Nadia");

        Assert.Contains(Signs.BullyingExclusion, pushed.Codes);
        Assert.True(own.Level == Level.None, Show(own));
    }

    [Fact]
    public void PullingHair_IsAPhysicalThreat_ButTyingItIsNot()
    {
        var threat = CheckHelper.Run("Rupa: kal school e ashle chul tene dibo, dekhis\nMe: keno?");
        var braid = CheckHelper.Run("Mim: kal school er age chul ta ektu tene bendhe dibo, beni korbo\nMe: ok");

        Assert.Contains(Signs.BullyingThreat, threat.Codes);
        Assert.True(braid.Level == Level.None, Show(braid));
    }

    [Fact]
    public void CameraForAttendance_IsAClass_ButCameraOnAloneIsNot()
    {
        var attendance = CheckHelper.Run("Jahanara Miss: attendance nibo, camera on rakhte hobe, sudhu name thik rakhbe\nMe: ji miss");
        var alone = CheckHelper.Run("Rafi: ekhon camera on koro, ektu dekhi tomake\nMe: keno?");

        Assert.True(attendance.Level == Level.None, Show(attendance));
        Assert.Contains(Signs.ImageRequest, alone.Codes);
    }
}
