using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

public sealed class WordCloudTests
{
    [Fact]
    public void TheCloud_CountsEachAnswerOnce_LeavesOutCommonWords_AndSizesByHowOftenAWordComes()
    {
        var cloud = WordCloud.Build(["Tell a trusted adult", "tell tell tell your mother", "Block and tell", "block the account"]);

        Assert.Equal(new CloudWord("tell", 5), cloud[0]);
        Assert.Equal(new CloudWord("block", 3), cloud[1]);
        Assert.DoesNotContain(cloud, w => w.Word is "a" or "and" or "the" or "your");
        Assert.Contains(new CloudWord("mother", 1), cloud);
    }

    [Fact]
    public void MaskedWordsAndPlaceholders_NeverReachTheCloud()
    {
        var cloud = WordCloud.Build(["call [phone] now", "you f*** idiot", "write to [email] please"]);

        Assert.DoesNotContain(cloud, w => w.Word is "phone" or "email" or "f");
        Assert.Contains(cloud, w => w.Word == "call");
        Assert.Contains(cloud, w => w.Word == "idiot");
    }

    [Fact]
    public void BanglaWords_KeepTheirVowelSigns_AndCommonBanglaWordsAreLeftOut()
    {
        var cloud = WordCloud.Build(["আমি বাবাকে বলব", "বাবাকে বলব আর ব্লক করব"]);

        Assert.Contains(new CloudWord("বাবাকে", 5), cloud);
        Assert.Contains(new CloudWord("বলব", 5), cloud);
        Assert.DoesNotContain(cloud, w => w.Word is "আমি" or "আর");
    }

    [Fact]
    public void NoAnswers_MakeNoCloud() => Assert.Empty(WordCloud.Build([]));
}
