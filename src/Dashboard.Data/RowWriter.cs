using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Data;

/// <summary>
/// Inserts new rows of one entity type, in the context's transaction, with one prepared command
/// built from the EF model: the table, every mapped column, each value converted and typed as EF
/// would. An import and a rebuild of the corpus results write thousands of rows; through the change tracker each cost about 0.15 ms
/// of tracking, batching and SQL parsing, here a bind and a step (decision 029). The rows are not
/// tracked, and a generated key is read back and set on the entity, so children can refer to it. A
/// refused row throws <see cref="DbUpdateException"/>, as <c>SaveChanges</c> does.
/// </summary>
public sealed class RowWriter<T> : IAsyncDisposable
    where T : class
{
    private readonly DbCommand command;
    private readonly (DbParameter Parameter, PropertyInfo Property, ValueConverter? Converter, object? Unset, object? StoreDefault)[] columns;
    private readonly PropertyInfo? generatedKey;
    private bool prepared;

    public RowWriter(DashboardDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var keys = entity.FindPrimaryKey()!.Properties;
        var key = keys.Count == 1 && keys[0].ValueGenerated == ValueGenerated.OnAdd ? keys[0] : null;
        var generated = key is not null;
        var mapped = entity.GetProperties().Where(p => p != key).ToList();
        if (mapped.Any(p => p.PropertyInfo is null || p.GetComputedColumnSql() is not null || p.GetDefaultValueSql() is not null)
            || entity.GetComplexProperties().Any() || entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            // What a row of it holds is more than its plain properties: the context knows how to write it.
            throw new InvalidOperationException($"{typeof(T).Name} has shadow, computed, owned or complex parts, or a default computed by the database; write it through the context.");
        }

        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written in a transaction: all of them or none.");
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", mapped.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", mapped.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})"
            + (generated ? $" RETURNING {sql.DelimitIdentifier(key!.GetColumnName(table)!)}" : "");
        columns = [.. mapped.Select((p, i) =>
        {
            var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, p.IsNullable);
            command.Parameters.Add(parameter);
            // A column with a default: SaveChanges leaves it out while the property holds its type's default, and the database's applies.
            return (parameter, p.PropertyInfo!, mapping.Converter, p.ClrType.IsValueType ? Activator.CreateInstance(p.ClrType) : null, p.GetDefaultValue());
        })];
        generatedKey = key?.PropertyInfo;
    }

    public async Task InsertAsync(T row, CancellationToken cancellationToken)
    {
        if (!prepared)
        {
            await command.PrepareAsync(cancellationToken);
            prepared = true;
        }

        foreach (var (parameter, property, converter, unset, storeDefault) in columns)
        {
            var value = property.GetValue(row);
            if (storeDefault is not null && Equals(value, unset))
            {
                value = storeDefault;
            }

            parameter.Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
        }

        try
        {
            if (generatedKey is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                return;
            }

            var id = await command.ExecuteScalarAsync(cancellationToken);
            generatedKey.SetValue(row, Convert.ChangeType(id, generatedKey.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (DbException ex)
        {
            // Wrapped as SaveChanges would: callers tell a refused write from other failures by it.
            throw new DbUpdateException($"The database refused a new {typeof(T).Name} row: {ex.Message}", ex);
        }
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
