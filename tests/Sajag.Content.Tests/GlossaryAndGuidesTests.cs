using Sajag.Tests.Fixtures;

namespace Sajag.Content.Tests;

/// <summary>The glossary's rule of one term for one idea, the guides every pack carries, and notes kept for staff.</summary>
public sealed class GlossaryAndGuidesTests : IDisposable
{
    private const string Cards = "cards/01-topic-one.yaml";
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private PackError SingleError()
    {
        var result = PackLoader.Load(_pack.Path);
        Assert.Null(result.Pack);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void ValidPack_LoadsTheGlossaryAndTheThreeGuides()
    {
        var pack = PackLoader.LoadValid(_pack.Path);

        var term = Assert.Single(pack.Glossary.Terms);
        Assert.Equal("ভরসার বড় মানুষ", term.Term.In("bn"));
        Assert.Equal(["বিশ্বস্ত বড়"], term.Avoid["bn"]);
        Assert.Equal(["facilitator", "disclosure", "adults"], pack.Guides.Select(g => g.Id));
        Assert.Equal(GuideAudience.Staff, pack.Guide("facilitator").Audience);
        Assert.Equal(GuideAudience.Public, pack.Guide("adults").Audience);
        Assert.Equal("আগে শোনো।", Assert.Single(pack.Guide("disclosure").Sections).Text.In("bn"));
    }

    [Fact]
    public void AGlossaryTermRenderedTwoWays_FailsAtTheOtherRendering()
    {
        _pack.Replace(Cards, "bn: বড় কাউকে বলো }", "bn: বিশ্বস্ত বড় কাউকে বলো }");

        var error = SingleError();

        var at = _pack.Locate(Cards, "বিশ্বস্ত বড়");
        Assert.Equal((_pack.File(Cards), at.Line, at.Column), (error.File, error.Line, error.Column));
        Assert.Contains("another rendering of the glossary term 'trusted-adult'", error.Message, StringComparison.Ordinal);
        Assert.Contains("write 'ভরসার বড় মানুষ'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherRenderingInAGuide_FailsToo()
    {
        _pack.Replace("guides/adults.yaml", "bn: আগে শোনো।", "bn: বিশ্বস্ত বড় কেউ আগে শোনো।");

        var error = SingleError();

        Assert.Equal(_pack.File("guides/adults.yaml"), error.File);
        Assert.Contains("'trusted-adult'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherRenderingWrappedOntoTheNextLine_FailsWhereItStarts()
    {
        // A block scalar wraps long Bangla lines: "বিশ্বস্ত" ends one line and "বড়" begins the next.
        _pack.Replace("topics/01-topic-one.yaml", "**মার্কডাউনে** একটি পাঠ।", "**মার্কডাউনে** একটি পাঠ। বিশ্বস্ত\n    বড় কাউকে বলো।");

        var error = SingleError();

        Assert.Equal(_pack.Locate("topics/01-topic-one.yaml", "বিশ্বস্ত"), (error.Line, error.Column));
        Assert.Contains("'trusted-adult'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jargon_FailsWithWhatToWriteInstead()
    {
        _pack.Replace("topics/01-topic-one.yaml", "**মার্কডাউনে** একটি পাঠ।", "**মার্কডাউনে** একটি পাঠ, প্যাটার্নটা চেনো।");

        var error = SingleError();

        Assert.Equal(_pack.Locate("topics/01-topic-one.yaml", "প্যাটার্ন"), (error.Line, error.Column));
        Assert.Contains("write 'ধরন'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAvoidedWordThatIsPartOfTheTermItself_IsRefused()
    {
        _pack.Replace("glossary.yaml", "avoid: { bn: [বিশ্বস্ত বড়] }", "avoid: { bn: [ভরসার] }");

        var error = SingleError();

        Assert.Contains("'ভরসার' is part of the term", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFacilitatorNoteInAnExplanation_FailsAndNamesTheCard()
    {
        _pack.Replace(Cards, "explanation: { en: A good talk reaches this., bn: ভালো আলোচনা এখানে পৌঁছায়। }",
            "explanation: { en: A good discussion reaches this., bn: ভালো আলোচনা এখানে পৌঁছায়। }");

        var error = SingleError();

        Assert.Equal(_pack.File(Cards), error.File);
        Assert.Contains("card 'card-two': a note for the facilitator is in a text students see", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFacilitatorNote_IsLoadedApartFromTheExplanation()
    {
        _pack.Replace(Cards, "explanation: { en: A good talk reaches this., bn: ভালো আলোচনা এখানে পৌঁছায়। }",
            "explanation: { en: Talk it over., bn: কথা বলো। }\n  facilitator_note: { en: A good discussion reaches this., bn: ভালো আলোচনায় এটা আসবে। }");

        var card = PackLoader.LoadValid(_pack.Path).Cards[1];

        Assert.Equal("A good discussion reaches this.", card.FacilitatorNote!.In("en"));
        Assert.Equal("Talk it over.", card.Explanation.In("en"));
    }

    [Fact]
    public void AMissingGuide_IsReported()
    {
        File.Delete(_pack.File("guides/disclosure.yaml"));

        var error = SingleError();

        Assert.Equal(_pack.File("guides/disclosure.yaml"), error.File);
        Assert.Contains("is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStaffGuideMarkedPublic_IsRefused()
    {
        _pack.Replace("guides/facilitator.yaml", "audience: staff", "audience: public");

        var error = SingleError();

        Assert.Contains("the facilitator guide's audience is 'staff'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PendingReview_ListsEachItemWithItsLanguages()
    {
        _pack.Replace("guides/adults.yaml", "sections:", "review: { en: pending, bn: pending }\nsections:")
            .Replace(Cards, "- id: card-two\n  topic: topic-one", "- id: card-two\n  topic: topic-one\n  review: { bn: pending }");

        var pack = PackLoader.LoadValid(_pack.Path);

        Assert.Equal(
            [new PendingItem("guide", "adults", ["en", "bn"]), new PendingItem("card", "card-two", ["bn"])],
            pack.PendingReview().Select(i => i with { Languages = [.. i.Languages] }),
            (a, b) => a.Kind == b.Kind && a.Id == b.Id && a.Languages.SequenceEqual(b.Languages));
        Assert.Equal(2, pack.PendingReviewCounts()["bn"]);
    }

    [Fact]
    public void Find_ReportsEveryOtherRenderingWithItsPlace()
    {
        var glossary = PackLoader.LoadValid(TestPack.DefaultPackPath).Glossary;

        var found = Terminology.Find("এটা সতর্কসংকেত, আর ওটা বিপদের সংকেত।", glossary);

        Assert.Equal(["সতর্কসংকেত", "বিপদের সংকেত"], found.Select(f => f.Word));
        Assert.All(found, f => Assert.Equal("সতর্ক সংকেত", f.Instead));
        Assert.Equal(4, found[0].Index);
    }
}
