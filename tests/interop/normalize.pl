#!/usr/bin/perl
# Normalise CLI outputs and store files of one interop run so that two runs
# (10.3 and ours) can be compared with diff.
#
# usage: normalize.pl ROOT UUIDMAP IN OUT [IN OUT ...]
#
#   ROOT     the run's state root; written as @ROOT@ (also in its dashed
#            forms, as used in brick file names and volfile names)
#   UUIDMAP  lines "uuid role" collected from the run's stores: a known
#            uuid becomes <role>, any other one <UUID-n>, numbered in order
#            of first appearance over all the files of the invocation
#
# Node addresses on another 127.1.X network (GD_NET in the environment)
# are written as 127.1.1.N. Also: brick ports and pids (volume status, brick store files), f_fsid
# values and timestamps are replaced by placeholders. A store "info" file
# (path ending in /vols/<vol>/info) gets its option lines sorted (10.3
# writes them in hash order); "options" and "glusterd.info" are sorted.
use strict;
use warnings;

my ($root, $mapfile, @files) = @ARGV;
die "usage: normalize.pl ROOT UUIDMAP IN OUT...\n"
	unless defined $mapfile && @files % 2 == 0;

my %role;
if (open(my $m, '<', $mapfile)) {
	while (<$m>) {
		chomp;
		my ($u, $r) = split / /, $_, 2;
		$role{lc $u} = $r if defined $r && !exists $role{lc $u};
	}
	close $m;
}

my %unknown;
my $next_unknown = 1;
my $uuid_re = qr/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;

(my $root_dash = $root) =~ tr{/}{-};
(my $root_dash_noslash = $root_dash) =~ s/^-//;

my %info_header = map { $_ => 1 } qw(
	type count status sub_count replica_count stripe_count arbiter_count
	disperse_count redundancy_count version transport-type volume-id
	username password op-version client-op-version quota-version
	tier-enabled thin_arbiter_count parent_volname restored_from_snap
	snap-max-hard-limit);

sub uuid_name {
	my ($u) = @_;
	my $k = lc $u;
	return $u if $k eq '00000000-0000-0000-0000-000000000000';
	return "<$role{$k}>" if exists $role{$k};
	$unknown{$k} //= $next_unknown++;
	return "<UUID-$unknown{$k}>";
}

sub status_columns {
	my ($line) = @_;
	# text "volume status": ... PORT RDMA ONLINE PID at the end of a line
	if ($line =~ /^(.*\s)(\d+|N\/A)(\s+)(\d+|N\/A)(\s+)([YN])(\s+)(\d+|N\/A)(\s*)$/) {
		my ($head, $port, $s1, $rdma, $s2, $on, $s3, $pid, $tail) =
			($1, $2, $3, $4, $5, $6, $7, $8, $9);
		$port =~ s/\d/P/g if $port =~ /^[1-9]/;
		$rdma =~ s/\d/P/g if $rdma =~ /^[1-9]/;
		# the pid column is padded to 5: its trailing blanks depend
		# on how many digits the pid has
		$tail = '' if $pid =~ /^\d+$/;
		$pid = '<PID>' if $pid =~ /^\d+$/;
		return "$head$port$s1$rdma$s2$on$s3$pid$tail";
	}
	return $line;
}

# Node addresses: whichever 127.1.X network the run got (cluster.sh picks a
# free one) is written as 127.1.1, which keeps the text's width.
my $net = $ENV{GD_NET} // '127.1.1';
# (also inside file names: "v1.127.1.2.1.@ROOT@-...vol")
my $net_re = $net eq '127.1.1' ? undef : qr/(?<![0-9])\Q$net\E\.(?=[0-9])/;

sub norm_line {
	my ($l) = @_;
	$l =~ s/$net_re/127.1.1./g if defined $net_re;
	$l =~ s/\Q$root\E/\@ROOT\@/g;
	$l =~ s/\Q$root_dash\E/\@ROOT-\@/g;
	$l =~ s/\Q$root_dash_noslash\E/\@ROOT-\@/g;
	$l =~ s/($uuid_re)/uuid_name($1)/ge;
	$l =~ s/\d{4}-\d\d-\d\d[ T_]\d\d:\d\d:\d\d(?:\.\d+)?/<TIME>/g;
	$l =~ s{<(port|tcp|rdma|pid)>[1-9]\d*</\1>}{<$1>N</$1>}g;
	$l =~ s/^(listen-port|rdma\.listen-port)=[1-9]\d*$/$1=<PORT>/;
	$l =~ s/^brick-fsid=[1-9]\d*$/brick-fsid=<FSID>/;
	$l = status_columns($l);
	return $l;
}

sub sort_info {
	my @lines = @_;
	my (@head, @opts, @bricks);
	for my $l (@lines) {
		my ($k) = $l =~ /^([^=]*)=/;
		$k //= '';
		if ($k =~ /^(?:ta-)?brick-\d+$/) {
			push @bricks, $l;
		} elsif (exists $info_header{$k}) {
			push @head, $l;
		} else {
			push @opts, $l;
		}
	}
	return (@head, sort(@opts), @bricks);
}

while (@files) {
	my $in = shift @files;
	my $out = shift @files;
	my @lines;
	if (open(my $fh, '<', $in)) {
		@lines = <$fh>;
		close $fh;
	}
	my $last_nl = !@lines || $lines[-1] =~ /\n\z/;
	chomp @lines;
	@lines = map { norm_line($_) } @lines;
	if ($in =~ m{/vols/[^/]+/info$}) {
		@lines = sort_info(@lines);
	} elsif ($in =~ m{(?:^|/)(?:options|glusterd\.info)$}) {
		@lines = sort @lines;
	}
	open(my $oh, '>', $out) or die "normalize.pl: $out: $!\n";
	print $oh join("\n", @lines);
	print $oh "\n" if @lines && $last_nl;
	print $oh "\\ no newline at end of file\n" if @lines && !$last_nl;
	close $oh;
}
