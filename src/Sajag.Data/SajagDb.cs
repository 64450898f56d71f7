using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sajag.Data.Entities;

namespace Sajag.Data;

/// <summary>Sajag's database: one context, used directly by the features.</summary>
public sealed class SajagDb(DbContextOptions<SajagDb> options) : IdentityDbContext<AdultUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies and anti-forgery tokens, kept so a restart or a second instance can read them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<LiveSession> LiveSessions => Set<LiveSession>();

    public DbSet<LivePlayer> LivePlayers => Set<LivePlayer>();

    public DbSet<LiveAnswer> LiveAnswers => Set<LiveAnswer>();

    public DbSet<RoomCount> RoomCounts => Set<RoomCount>();

    public DbSet<OpenAnswer> OpenAnswers => Set<OpenAnswer>();

    public DbSet<Idea> Ideas => Set<Idea>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CheckAnswer> CheckAnswers => Set<CheckAnswer>();

    public DbSet<SummaryPeople> SummaryPeople => Set<SummaryPeople>();

    public DbSet<SummaryTopic> SummaryTopics => Set<SummaryTopic>();

    public DbSet<SummaryCard> SummaryCards => Set<SummaryCard>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SajagDb).Assembly);
    }
}
