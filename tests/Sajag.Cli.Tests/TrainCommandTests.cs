using Sajag.Safety.Moderation.Learned;
using Sajag.Tests.Fixtures;

namespace Sajag.Cli.Tests;

/// <summary>`sajag train-moderation`: the learned part of the moderation filter, trained reproducibly, never on a blind part.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "sajag-train-" + Guid.NewGuid().ToString("N"));

    public TrainCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TrainModeration_OnTheTuningPart_WritesTheCommittedModelByteForByte()
    {
        var written = Path.Join(_folder, "model.tsv");

        var (exit, output, error) = Cli.Run("train-moderation", Path.Join(TestPack.RepositoryRoot(), "eval", "moderation", "tuning.tsv"), "--out", written);

        Assert.True(exit == 0, error);
        Assert.Contains("cross-validated (5 folds)", output, StringComparison.Ordinal);
        var committed = Path.Join(TestPack.RepositoryRoot(), "src", "Sajag.Safety", "Moderation", "Learned", "model.tsv");
        Assert.Equal(File.ReadAllText(committed), File.ReadAllText(written));
        using var reader = new StringReader(File.ReadAllText(written));
        Assert.Equal(LinearModel.Default!.FeatureCount, LinearModel.Parse(reader).FeatureCount);
    }

    [Fact]
    public void TrainModeration_OnABlindPart_RefusesWithoutWriting()
    {
        var written = Path.Join(_folder, "model.tsv");

        var (exit, _, error) = Cli.Run("train-moderation", Path.Join(TestPack.RepositoryRoot(), "eval", "moderation", "blind.tsv"), "--out", written);

        Assert.Equal(2, exit);
        Assert.Contains("never trained on", error, StringComparison.Ordinal);
        Assert.False(File.Exists(written));
    }

    [Fact]
    public void TrainModeration_OnAFileWithAnUnknownCategory_ExitsTwo()
    {
        var file = Path.Join(_folder, "rows.tsv");
        File.WriteAllText(file, "id\tlang\tlabel\tcategory\tpii\ttext\tnote\na\ten\tflag\tsomething\t-\tyou idiot\tx\n");

        var (exit, _, error) = Cli.Run("train-moderation", file, "--out", Path.Join(_folder, "model.tsv"));

        Assert.Equal(2, exit);
        Assert.Contains("unknown category 'something'", error, StringComparison.Ordinal);
    }
}
