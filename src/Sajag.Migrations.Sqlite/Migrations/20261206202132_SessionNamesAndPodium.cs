using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sajag.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SessionNamesAndPodium : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "LiveSessions",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Podium",
                table: "LiveSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Name",
                table: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "Podium",
                table: "LiveSessions");
        }
    }
}
