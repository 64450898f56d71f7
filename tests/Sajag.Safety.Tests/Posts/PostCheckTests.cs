using Sajag.Safety.Posts;

namespace Sajag.Safety.Tests.Posts;

public sealed class PostCheckTests
{
    [Theory]
    [InlineData("en", "A phone number lets a stranger call or message you directly", "Guideline: give your phone number or email only in private")]
    [InlineData("bn", "ফোন নম্বর পেলে অচেনা কেউ সরাসরি তোমাকে কল বা মেসেজ করতে পারে", "নিয়ম: ফোন নম্বর বা ইমেইল শুধু গোপনে দাও")]
    public void Run_ExplainsEachFindingWithItsGuidelineInTheReadersLanguage(string language, string reason, string guideline)
    {
        var report = PostCheck.Run("call 01712345678", FixedDate.Today, language);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(new PostFinding("phone", 5, 11, "01712345678", finding.Why), finding);
        Assert.StartsWith(reason, finding.Why, StringComparison.Ordinal);
        Assert.Contains(guideline, finding.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My name is Rafi Ahmed", "post.guideline.identity")]
    [InlineData("rafi@example.com", "post.guideline.contact")]
    [InlineData("I'm at Jamuna Future Park now", "post.guideline.location")]
    public void EveryKind_PointsToTheBookletGuidelineBehindIt(string draft, string guidelineKey)
    {
        var detail = Assert.Single(PersonalDetailFinder.Find(draft, FixedDate.Today));

        Assert.Equal(guidelineKey, Kinds.GuidelineKey(detail.Guideline));
        Assert.Equal($"post.why.{detail.Code}", detail.WhyKey);
    }

    [Fact]
    public void EveryKind_HasAnExplanationInEnglishAndBangla()
    {
        var keys = Enum.GetValues<DetailKind>().Select(k => $"post.why.{Kinds.Code(k)}")
            .Concat(Enum.GetValues<Guideline>().Select(Kinds.GuidelineKey))
            .Append("post.reminder");

        Assert.All(keys, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(PostCheckText.Get(key, "en")), key);
            Assert.Contains(PostCheckText.Get(key, "bn"), c => c is >= '\u0980' and <= '\u09FF');
        });
        Assert.Equal(Enum.GetValues<DetailKind>().Length + Enum.GetValues<Guideline>().Length + 1, PostCheckText.Entries.Count);
    }

    [Theory]
    [InlineData("If anyone threatens you, message PCSW on 01320000888 or call 1098. My own number is 01712345678")]
    [InlineData("কেউ হুমকি দিলে ০১৩২০০০০৮৮৮ নম্বরে PCSW-কে জানাও। আমার নম্বর ০১৭১২৩৪৫৬৭৮")]
    public void Run_WithThePacksSafeContacts_MarksTheWritersNumberButNotAHelpline(string draft)
    {
        var marked = PostCheck.Run(draft, FixedDate.Today, "en", PackHelplines.Value).Findings;
        var unfiltered = PostCheck.Run(draft, FixedDate.Today, "en").Findings;

        var phone = Assert.Single(marked);
        Assert.Equal("phone", phone.Kind);
        Assert.EndsWith(phone.Text, draft, StringComparison.Ordinal);
        Assert.Equal(2, unfiltered.Count(f => f.Kind == "phone")); // without the pack, the helpline's number is marked too
    }

    [Fact]
    public void Find_WithThePacksSafeContacts_LeavesTheHelplinesEmailAndPageUnmarked()
    {
        const string Draft = "Write to cybersupport.women@police.gov.bd or facebook.com/PCSW.PHQ, not to me at rafi.h@gmail.com";

        var detail = Assert.Single(PersonalDetailFinder.Find(Draft, FixedDate.Today, PackHelplines.Value));

        Assert.Equal("rafi.h@gmail.com", detail.Text);
        Assert.Equal(3, PersonalDetailFinder.Find(Draft, FixedDate.Today).Count);
    }

    // The safe contacts come from the default pack, never from the code.
    private static readonly Lazy<SafeContacts> PackHelplines = new(() =>
        new SafeContacts(Sajag.Content.PackLoader.Load(Sajag.Tests.Fixtures.TestPack.DefaultPackPath).Pack!.HelpContactTexts()));
}
