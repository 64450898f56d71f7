using Sajag.Safety.Moderation;
using Sajag.Safety.Posts;

namespace Sajag.Safety.Tests.Posts;

/// <summary>
/// A child named beside where they study ("Nusrat Jahan of Viqarunnisa won the quiz") is found in the post check and masked by
/// moderation, whoever's result it is: two capitalised name words joined to a school by "of", "from" or a possessive are a name
/// without a surname list, and a school named by its own word (no "school" in the text) is read by moderation's identity step too.
/// </summary>
public sealed class NamedBesideSchoolTests
{
    public static TheoryData<string, string, string> Named => new()
    {
        { "Nusrat Jahan of Viqarunnisa won the quiz", "Nusrat Jahan", "Viqarunnisa" },
        { "Nabila Tasnim of Viqarunnisa won the quiz", "Nabila Tasnim", "Viqarunnisa" },
        { "Tahmid Rahat from Holy Cross is the best debater", "Tahmid Rahat", "Holy Cross" },
        { "Viqarunnisa's Nabila Tasnim won the quiz", "Nabila Tasnim", "Viqarunnisa" },
        { "Viqarunnisa r Nabila Tasnim quiz e first hoise", "Nabila Tasnim", "Viqarunnisa" },
        { "ভিকারুননিসার নুসরাত জাহান কুইজে প্রথম হয়েছে", "নুসরাত জাহান", "ভিকারুননিসার" },
        { "নুসরাত জাহান, ভিকারুননিসা, কুইজে প্রথম", "নুসরাত জাহান", "ভিকারুননিসা" },
    };

    public static TheoryData<string> NoOneNamed => new()
    {
        // A school's result without a child named, a title before "from", a first name alone: nothing for the post check.
        "Notre Dame College won the quiz again",
        "Best Debater from Holy Cross again this year",
        "Nusrat of Viqarunnisa won the quiz",
        "we played against Holy Cross today",
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void PostCheck_MarksTheNameAndTheSchool(string draft, string name, string school)
    {
        var found = PersonalDetailFinder.Find(draft, FixedDate.Today);

        Assert.Contains(found, d => d.Code == "full-name" && d.Text == name);
        Assert.Contains(found, d => d.Code == "school" && d.Text == school);
    }

    [Theory]
    [MemberData(nameof(Named))]
    public void Moderation_MasksTheNameAndTheSchool(string answer, string name, string school)
    {
        var result = Moderator.Check(answer);

        Assert.Contains(ModerationReason.Identity, result.Reasons);
        Assert.DoesNotContain(name, result.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain(school, result.Masked, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NoOneNamed))]
    public void PostCheck_WithNoChildNamedBesideTheSchool_MarksNoName(string draft) =>
        Assert.DoesNotContain(PersonalDetailFinder.Find(draft, FixedDate.Today), d => d.Code == "full-name");

    [Theory]
    [MemberData(nameof(NoOneNamed))]
    public void Moderation_WithNoChildNamedBesideTheSchool_MasksNothing(string answer) =>
        Assert.Equal(answer, Moderator.Check(answer).Masked);
}
