using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sajag.Data.Entities;

namespace Sajag.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasMany(o => o.Schools).WithOne().HasForeignKey(s => s.OrganisationId);
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.District).HasMaxLength(100);
        builder.Property(s => s.Setting).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSession>
{
    public void Configure(EntityTypeBuilder<LiveSession> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(6);
        builder.HasIndex(s => s.Code);
        builder.Property(s => s.Name).HasMaxLength(80);
        builder.Property(s => s.FacilitatorId).HasMaxLength(450);
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Language).HasMaxLength(5);
        builder.Property(s => s.Deck).HasMaxLength(8000);
        builder.Property(s => s.PackVersion).HasMaxLength(50);
        // Stored by its lower-case name, as before the phase was a type: the column and its index are unchanged.
        builder.Property(s => s.Phase).HasConversion(p => Sajag.Game.Live.LivePhases.Name(p), s => Sajag.Game.Live.LivePhases.Parse(s)).HasMaxLength(10);
        builder.Property(s => s.CheckItems).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.EndedAt, s.PurgedAt });
        builder.HasIndex(s => new { s.Phase, s.Deadline });
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId);
    }
}

internal sealed class LivePlayerConfiguration : IEntityTypeConfiguration<LivePlayer>
{
    public void Configure(EntityTypeBuilder<LivePlayer> builder)
    {
        builder.Property(p => p.TokenHash).HasMaxLength(64);
        builder.HasIndex(p => p.TokenHash).IsUnique();
        builder.Property(p => p.Nickname).HasMaxLength(40);
        builder.Property(p => p.Gender).HasMaxLength(10).HasDefaultValue("notsaid");
        builder.Property(p => p.AgeBand).HasMaxLength(10).HasDefaultValue("notsaid");
        builder.HasIndex(p => new { p.SessionId, p.Nickname });
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveAnswerConfiguration : IEntityTypeConfiguration<LiveAnswer>
{
    public void Configure(EntityTypeBuilder<LiveAnswer> builder)
    {
        builder.Property(a => a.CardId).HasMaxLength(100);
        builder.Property(a => a.Chosen).HasMaxLength(50);
        // One answer per player and card: the database itself refuses a duplicate.
        builder.HasIndex(a => new { a.PlayerId, a.CardIndex }).IsUnique();
        builder.HasIndex(a => new { a.SessionId, a.CardIndex });
        builder.HasOne<LivePlayer>().WithMany().HasForeignKey(a => a.PlayerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoomCountConfiguration : IEntityTypeConfiguration<RoomCount>
{
    public void Configure(EntityTypeBuilder<RoomCount> builder)
    {
        builder.HasKey(c => new { c.SessionId, c.CardIndex, c.Option });
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OpenAnswerConfiguration : IEntityTypeConfiguration<OpenAnswer>
{
    public void Configure(EntityTypeBuilder<OpenAnswer> builder)
    {
        builder.Property(a => a.CardId).HasMaxLength(100);
        builder.Property(a => a.TopicId).HasMaxLength(100);
        builder.Property(a => a.Text).HasMaxLength(600);
        builder.Property(a => a.Reasons).HasMaxLength(100);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        // One open answer per player and card: a retry is recognised, not shown twice.
        builder.HasIndex(a => new { a.PlayerId, a.CardIndex }).IsUnique();
        builder.HasIndex(a => new { a.SessionId, a.CardIndex });
        builder.HasOne<LivePlayer>().WithMany().HasForeignKey(a => a.PlayerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.Property(i => i.TopicId).HasMaxLength(100);
        builder.Property(i => i.CardId).HasMaxLength(100);
        builder.Property(i => i.Language).HasMaxLength(5);
        builder.Property(i => i.Text).HasMaxLength(600);
        builder.HasIndex(i => new { i.OrganisationId, i.TopicId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.Target).HasMaxLength(500);
        builder.HasIndex(a => a.At);
    }
}

internal sealed class CheckAnswerConfiguration : IEntityTypeConfiguration<CheckAnswer>
{
    public void Configure(EntityTypeBuilder<CheckAnswer> builder)
    {
        builder.Property(a => a.ItemId).HasMaxLength(100);
        builder.Property(a => a.TopicId).HasMaxLength(100);
        builder.HasIndex(a => new { a.PlayerId, a.ItemId }).IsUnique();
        builder.HasIndex(a => a.SessionId);
        builder.HasOne<LivePlayer>().WithMany().HasForeignKey(a => a.PlayerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SummaryPeopleConfiguration : IEntityTypeConfiguration<SummaryPeople>
{
    public void Configure(EntityTypeBuilder<SummaryPeople> builder)
    {
        builder.HasKey(s => new { s.SessionId, s.Gender, s.AgeBand });
        builder.Property(s => s.Gender).HasMaxLength(10);
        builder.Property(s => s.AgeBand).HasMaxLength(10);
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SummaryTopicConfiguration : IEntityTypeConfiguration<SummaryTopic>
{
    public void Configure(EntityTypeBuilder<SummaryTopic> builder)
    {
        builder.HasKey(s => new { s.SessionId, s.Gender, s.AgeBand, s.TopicId });
        builder.Property(s => s.Gender).HasMaxLength(10);
        builder.Property(s => s.AgeBand).HasMaxLength(10);
        builder.Property(s => s.TopicId).HasMaxLength(100);
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SummaryCardConfiguration : IEntityTypeConfiguration<SummaryCard>
{
    public void Configure(EntityTypeBuilder<SummaryCard> builder)
    {
        builder.HasKey(s => new { s.SessionId, s.CardIndex });
        builder.Property(s => s.CardId).HasMaxLength(100);
        builder.Property(s => s.TopicId).HasMaxLength(100);
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
