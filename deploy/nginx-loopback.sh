# Sourced by tests/published.sh and bench/nginx-load.sh: runs deploy/nginx.conf as shipped, with only its addresses
# changed, on loopback in front of two Sajag instances, from a scratch folder and without root's nginx setup.
#
#   . deploy/nginx-loopback.sh
#   nginx_loopback WORK FRONT_PORT INSTANCE_PORT_1 INSTANCE_PORT_2 [CONNECTIONS]
#
# CONNECTIONS (default 512) is nginx's worker_connections: each phone holds one connection to nginx and nginx one to
# an instance, so a load run needs well over twice its players. nginx's pid is in WORK/nginx/nginx.pid.
nginx_loopback() {
  local work=$1 front=$2 first=$3 second=$4 connections=${5:-512}
  mkdir -p "$work/nginx"
  sed -e "s/listen 80;/listen 127.0.0.1:$front;/" -e 's/listen \[::\]:80;//' \
      -e "s/127.0.0.1:5001/127.0.0.1:$first/" -e "s/127.0.0.1:5002/127.0.0.1:$second/" deploy/nginx.conf >"$work/nginx/site.conf"
  cat >"$work/nginx/nginx.conf" <<CONF
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
worker_processes 2;
worker_rlimit_nofile $((connections * 2 + 64));
events { worker_connections $connections; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/f; uwsgi_temp_path $work/nginx/u; scgi_temp_path $work/nginx/s;
  include $work/nginx/site.conf;
}
CONF
  if [ "$(id -u)" = 0 ]; then /usr/sbin/nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -g "user root;"
  else /usr/sbin/nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"; fi
}

# Waits up to two minutes for URL/health to answer; prints LOG and fails if it never does.
wait_healthy() {
  local url=$1 log=$2
  for _ in $(seq 1 600); do curl -fsS "$url/health" >/dev/null 2>&1 && return 0; sleep 0.2; done
  cat "$log" >&2; return 1
}
