"""`nianbao`: the command line. Thin: parse, call the core, print."""

from __future__ import annotations

import sys

import click

from nianbao.errors import NianbaoError
from nianbao_cli import render, schema, show, summary, template, validate
from nianbao_cli.analyse import analyse as analyse_command
from nianbao_cli.compute import compute_command
from nianbao_cli.directory import import_directory
from nianbao_cli.evaluate import evaluate as evaluate_command
from nianbao_cli.extract import extract as extract_command
from nianbao_cli.output import stderr
from nianbao_cli.remind import remind
from nianbao_cli.serve import audit, demo, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nianbao")
def cli() -> None:
    """nianbao 年报：政府网站工作年度报表的填报、检查与汇总。"""


cli.add_command(validate.validate)
cli.add_command(schema.schema)
cli.add_command(template.template)
cli.add_command(show.show)
cli.add_command(extract_command)
cli.add_command(evaluate_command)
cli.add_command(render.render_command)
cli.add_command(summary.summary)
cli.add_command(analyse_command)
cli.add_command(serve)
cli.add_command(demo)
cli.add_command(audit)
cli.add_command(compute_command, name="compute")
cli.add_command(import_directory)
cli.add_command(remind)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status (0 ok, 1 data problem, 2 usage)."""
    try:
        result = cli.main(args=argv, prog_name="nianbao", standalone_mode=False)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "nianbao"
        stderr.print(
            f"{command}：用法错误：{exc.format_message()}（运行 {command} --help 查看用法）"
        )
        return 2
    except click.Abort:
        stderr.print("已中止。")
        return 130
    except click.ClickException as exc:
        stderr.print(f"nianbao：{exc.format_message()}")
        return exc.exit_code
    except NianbaoError as exc:
        stderr.print(f"nianbao：{exc}")
        return 2 if exc.code == "usage" else 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return result if isinstance(result, int) else 0


def entry() -> None:
    sys.exit(main())
