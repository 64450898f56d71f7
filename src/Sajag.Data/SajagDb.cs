using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Sajag.Data;

/// <summary>Sajag's database: one context, used directly by the features.</summary>
public sealed class SajagDb(DbContextOptions<SajagDb> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies and anti-forgery tokens, kept so a restart or a second instance can read them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
