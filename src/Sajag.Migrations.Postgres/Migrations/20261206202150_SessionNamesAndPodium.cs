using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sajag.Migrations.Postgres.Migrations
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
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Podium",
                table: "LiveSessions",
                type: "boolean",
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
